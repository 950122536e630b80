<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
    <context>
        <name>About</name>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>For coaches who visit families at home. Everything you record stays on this laptop, encrypted; only anonymised progress records are sent, with the family's consent.</source>
            <translation>Aileleri evlerinde ziyaret eden koçlar için. Kaydettiğiniz her şey şifreli olarak bu dizüstü bilgisayarda kalır; yalnızca anonimleştirilmiş ilerleme kayıtları, ailenin onayıyla gönderilir.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Kuruluş: %1</translation>
        </message>
        <message>
            <source>Help &gt; User guide (F1) explains every screen.</source>
            <translation>Yardım &gt; Kullanım kılavuzu (F1) her ekranı açıklar.</translation>
        </message>
        <message>
            <source>About Coach Companion</source>
            <translation>Coach Companion hakkında</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>About</source>
            <translation>Hakkında</translation>
        </message>
        <message>
            <source>none</source>
            <translation>yok</translation>
        </message>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Veri klasörü: %1</translation>
        </message>
        <message>
            <source>Deployment file: %1</source>
            <translation>Kurulum dosyası: %1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Kuruluş: %1</translation>
        </message>
    </context>
    <context>
        <name>AppMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>Do&amp;sya</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Görünüm</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ya&amp;rdım</translation>
        </message>
        <message>
            <source>New &amp;family…</source>
            <translation>Yeni &amp;aile…</translation>
        </message>
        <message>
            <source>New &amp;visit…</source>
            <translation>Yeni &amp;ziyaret…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Kilitle</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Çı&amp;kış</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Bugün</translation>
        </message>
        <message>
            <source>F&amp;amilies</source>
            <translation>&amp;Aileler</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Eşitleme</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>A&amp;yarlar</translation>
        </message>
        <message>
            <source>&amp;Find a family…</source>
            <translation>Aile &amp;ara…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Kullanım kılavuzu</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Klavye &amp;kısayolları</translation>
        </message>
        <message>
            <source>&amp;About Coach Companion</source>
            <translation>Coach Companion &amp;hakkında</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsChart</name>
        <message>
            <source>Score (1-5)</source>
            <translation>Puan (1-5)</translation>
        </message>
        <message>
            <source>No scores yet. Record a score above to see the progress over time.</source>
            <translation>Henüz puan yok. Zaman içindeki ilerlemeyi görmek için yukarıdan bir puan kaydedin.</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Zaman içindeki puanlar</translation>
        </message>
        <message>
            <source>Chart of scores over time per life domain</source>
            <translation>Yaşam alanlarına göre zaman içindeki puanların grafiği</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Kimin için</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Yaşam alanı</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puan</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsTab</name>
        <message>
            <source>Record a score (1 = not self-reliant, 5 = fully)</source>
            <translation>Puan kaydet (1 = kendi başına yetemiyor, 5 = tamamen yetiyor)</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Yaşam alanı</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Kimin için</translation>
        </message>
        <message>
            <source>Score from 1 to 5</source>
            <translation>1'den 5'e puan</translation>
        </message>
        <message>
            <source>Date of the score</source>
            <translation>Puanın tarihi</translation>
        </message>
        <message>
            <source>Save score</source>
            <translation>Puanı kaydet</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Puanlar</translation>
        </message>
        <message>
            <source>Record an adult's level of Dutch (CEFR)</source>
            <translation>Bir yetişkinin Hollandaca seviyesini kaydedin (CEFR)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Yetişkin</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Hollandaca seviyesi (CEFR)</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Seviyenin tarihi</translation>
        </message>
        <message>
            <source>Save level</source>
            <translation>Seviyeyi kaydet</translation>
        </message>
        <message>
            <source>Levels of Dutch recorded</source>
            <translation>Kaydedilen Hollandaca seviyeleri</translation>
        </message>
        <message>
            <source>People who are 18 or over on the level's date (without a birth date: those whose role is Adult).</source>
            <translation>Seviyenin tarihinde 18 yaşında veya daha büyük olan kişiler (doğum tarihi yoksa: rolü Yetişkin olanlar).</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Tüm aile</translation>
        </message>
        <message>
            <source>Saved: %1 for %2 on %3.</source>
            <translation>Kaydedildi: %2 için %1, %3 tarihinde.</translation>
        </message>
    </context>
    <context>
        <name>AutoLockBox</name>
        <message>
            <source>Automatic lock</source>
            <translation>Otomatik kilit</translation>
        </message>
        <message>
            <source>Lock after &amp;minutes without use:</source>
            <translation>Kullanılmadığında kaç &amp;dakika sonra kilitlensin:</translation>
        </message>
        <message>
            <source>Minutes before the automatic lock</source>
            <translation>Otomatik kilitten önceki dakika</translation>
        </message>
        <message numerus="yes">
            <source>Your organisation's policy allows at most %n minutes.</source>
            <translation>
                <numerusform>Kuruluşunuzun politikası en fazla %n dakikaya izin veriyor.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>Otomatik yedekleme başarısız oldu: %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Yedekler</translation>
        </message>
        <message>
            <source>Encrypted backups are made automatically every day and before updates. The newest 10 are kept, and one for each of the last 6 months.</source>
            <translation>Şifreli yedekler her gün ve her güncellemeden önce otomatik olarak alınır. En yeni 10 yedek ve son 6 ayın her biri için bir yedek saklanır.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Şimdi yedekle</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Geri yükle…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Seçilen yedeği geri yükle</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Geri yükle</translation>
        </message>
        <message>
            <source>Yes, restore this backup</source>
            <translation>Evet, bu yedeği geri yükle</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Geri yükleme</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Çalışıyor</translation>
        </message>
        <message>
            <source>Choose a folder on another drive…</source>
            <translation>Başka bir diskte klasör seçin…</translation>
        </message>
        <message>
            <source>Choose a second folder for backups</source>
            <translation>Yedekler için ikinci bir klasör seçin</translation>
        </message>
        <message>
            <source>Stop copying</source>
            <translation>Kopyalamayı durdur</translation>
        </message>
        <message>
            <source>Stop copying backups to the second folder</source>
            <translation>Yedekleri ikinci klasöre kopyalamayı durdur</translation>
        </message>
        <message>
            <source>The backups are only on this laptop. Choose a folder on another drive (a USB stick or a network folder) so a lost or broken laptop does not take them along.</source>
            <translation>Yedekler yalnızca bu dizüstü bilgisayarda. Kaybolan veya bozulan bir bilgisayar onları da götürmesin diye başka bir diskte (USB bellek veya ağ klasörü) bir klasör seçin.</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1 (set by your organisation).</source>
            <translation>Yedeklerin kopyaları %1 klasörüne de gider (kurumunuz tarafından ayarlandı).</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1.</source>
            <translation>Yedeklerin kopyaları %1 klasörüne de gider.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive for copies of the backups</source>
            <translation>Yedeklerin kopyaları için başka bir diskte klasör seçin</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Yedek alınıyor…</translation>
        </message>
        <message>
            <source>Backup made: %1.</source>
            <translation>Yedek alındı: %1.</translation>
        </message>
        <message>
            <source>Restore the backup of %1? Everything recorded after it will be lost. Make a backup now first if you are not sure.</source>
            <translation>%1 tarihli yedek geri yüklensin mi? Ondan sonra kaydedilen her şey kaybolur. Emin değilseniz önce şimdi yedek alın.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Yedek geri yükleniyor…</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>%1 tarihli yedek geri yüklendi.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made on</source>
            <translation>Oluşturulma</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Boyut</translation>
        </message>
    </context>
    <context>
        <name>ConsentHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Onay</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Olay</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Kaydeden</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Aile tarafından geri çekildi</translation>
        </message>
    </context>
    <context>
        <name>ConsentStateModel</name>
        <message>
            <source>Consent</source>
            <translation>Onay</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Kaydeden</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Henüz sorulmadı</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Aile tarafından geri çekildi</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Record or withdraw consent</source>
            <translation>Onay kaydet veya geri çek</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tür</translation>
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation>T&amp;arih</translation>
        </message>
        <message>
            <source>Recorded &amp;by</source>
            <translation>&amp;Kaydeden</translation>
        </message>
        <message>
            <source>&amp;Remark</source>
            <translation>&amp;Açıklama</translation>
        </message>
        <message>
            <source>Kind of consent</source>
            <translation>Onay türü</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Onay tarihi</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Kaydeden</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Onay verildi</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Onayı geri çek</translation>
        </message>
        <message>
            <source>History (never deleted)</source>
            <translation>Geçmiş (asla silinmez)</translation>
        </message>
        <message>
            <source>Current consent</source>
            <translation>Geçerli onay</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Onay geçmişi</translation>
        </message>
        <message>
            <source>Record that the family withdraws its consent for: %1? The history is kept.</source>
            <translation>Ailenin şu onayı geri çektiği kaydedilsin mi: %1? Geçmiş saklanır.</translation>
        </message>
        <message>
            <source>Keep the consent</source>
            <translation>Onayı koru</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Fetching the summary…</source>
            <translation>Özet getiriliyor…</translation>
        </message>
        <message>
            <source>Fetching the months…</source>
            <translation>Aylar alınıyor…</translation>
        </message>
        <message>
            <source>Each month counts the families that were in the programme that month, by their status at the end of the month.</source>
            <translation>Her ay, o ay programda olan aileleri ayın sonundaki durumlarına göre sayar.</translation>
        </message>
        <message numerus="yes">
            <source>This period has %n months. The view month by month shows at most 24 months: choose a shorter period to see it.</source>
            <translation>
                <numerusform>Bu dönem %n ay. Ay ay görünüm en fazla 24 ay gösterir: görmek için daha kısa bir dönem seçin.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Programme to date (%1)</source>
            <translation>Bugüne kadarki program (%1)</translation>
        </message>
        <message>
            <source>%1; counts below %2 are withheld.</source>
            <translation>%1; %2 altındaki sayılar gizlenir.</translation>
        </message>
        <message>
            <source>Records received up to %1.</source>
            <translation>%1 tarihine kadar alınan kayıtlar dahildir.</translation>
        </message>
        <message>
            <source>Newer records are being included; the figures update by themselves.</source>
            <translation>Daha yeni kayıtlar ekleniyor; rakamlar kendiliğinden güncellenir.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Yenile</translation>
        </message>
        <message>
            <source>Fetch the figures for this period again</source>
            <translation>Bu dönemin rakamlarını yeniden getir</translation>
        </message>
        <message>
            <source>Fetch the figures again (F5)</source>
            <translation>Rakamları yeniden getir (F5)</translation>
        </message>
        <message>
            <source>Dashboard status</source>
            <translation>Gösterge paneli durumu</translation>
        </message>
        <message>
            <source>Fetching the figures for the current quarter…</source>
            <translation>Bu çeyreğin rakamları getiriliyor…</translation>
        </message>
        <message>
            <source>Figures of the period</source>
            <translation>Dönemin rakamları</translation>
        </message>
    </context>
    <context>
        <name>DataTab</name>
        <message>
            <source>Export</source>
            <translation>Dışa aktar</translation>
        </message>
        <message>
            <source>Save everything held about this family as a PDF in the family's language and as a JSON file, for example when the family asks to see its data.</source>
            <translation>Bu aile hakkında tutulan her şeyi ailenin dilinde bir PDF ve bir JSON dosyası olarak kaydedin; örneğin aile verilerini görmek istediğinde.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Dışa aktar…</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Erase this family and everything about it from this laptop. This cannot be undone. The backups that hold the family are removed too, here and in the second backup folder, and a fresh backup is made without it. Backups you copied elsewhere yourself are out of reach. Type the family's name exactly to confirm.</source>
            <translation>Bu aileyi ve onunla ilgili her şeyi bu dizüstü bilgisayardan silin. Bu geri alınamaz. Aileyi içeren yedekler de burada ve ikinci yedek klasöründe silinir ve aile olmadan yeni bir yedek alınır. Kendiniz başka bir yere kopyaladığınız yedekler bunun dışındadır. Onaylamak için ailenin adını tam olarak yazın.</translation>
        </message>
        <message>
            <source>Type the family's name to confirm erasing</source>
            <translation>Silmeyi onaylamak için ailenin adını yazın</translation>
        </message>
        <message>
            <source>Erase family</source>
            <translation>Aileyi sil</translation>
        </message>
        <message>
            <source>Hand over to another coach</source>
            <translation>Başka bir koça devret</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>&amp;Devret…</translation>
        </message>
        <message>
            <source>Give this family to another coach: everything is sealed for that coach's laptop, and erased here once it has been taken over.</source>
            <translation>Bu aileyi başka bir koça verin: her şey o koçun dizüstü bilgisayarı için mühürlenir ve devralındığında burada silinir.</translation>
        </message>
        <message>
            <source>Export the family's data</source>
            <translation>Ailenin verilerini dışa aktar</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF belgeleri (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Dışa aktarılıyor…</translation>
        </message>
        <message>
            <source>Saved %1 and %2.</source>
            <translation>%1 ve %2 kaydedildi.</translation>
        </message>
        <message numerus="yes">
            <source>The family was erased. %n older backup(s) still held it: they were removed, and a fresh backup without the family was made.</source>
            <translation>
                <numerusform>Aile silindi. %n eski yedek hâlâ aileyi içeriyordu: silindi ve aile olmadan yeni bir yedek alındı.</numerusform>
            </translation>
        </message>
        <message>
            <source>The second backup folder could not be reached (%1). The backups there that hold the family are removed as soon as it can be.</source>
            <translation>İkinci yedek klasörüne ulaşılamadı (%1). Oradaki aileyi içeren yedekler mümkün olur olmaz silinir.</translation>
        </message>
        <message>
            <source>Family erased</source>
            <translation>Aile silindi</translation>
        </message>
    </context>
    <context>
        <name>DateTyping</name>
        <message>
            <source>Type the date, or untick “Known”.</source>
            <extracomment>The largest first digit after which no second digit can follow (4 as a day is 04).</extracomment>
            <translation>Tarihi yazın veya “Biliniyor” işaretini kaldırın.</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>%1 veya sonrasında bir tarih seçin.</translation>
        </message>
        <message>
            <source>This is not a date: type the day, month and year, like %1.</source>
            <translation>Bu bir tarih değil: günü, ayı ve yılı %1 gibi yazın.</translation>
        </message>
    </context>
    <context>
        <name>DevicesTab</name>
        <message>
            <source>Enrol a coach's laptop</source>
            <translation>Bir koçun dizüstü bilgisayarını kaydet</translation>
        </message>
        <message>
            <source>&amp;Coach's name:</source>
            <translation>&amp;Koçun adı:</translation>
        </message>
        <message>
            <source>Coach's name</source>
            <translation>Koçun adı</translation>
        </message>
        <message>
            <source>&amp;Valid for (hours):</source>
            <translation>&amp;Geçerlilik (saat):</translation>
        </message>
        <message>
            <source>Hours the code stays valid</source>
            <translation>Kodun geçerli kaldığı saat</translation>
        </message>
        <message>
            <source>Create &amp;enrolment code</source>
            <translation>&amp;Kayıt kodu oluştur</translation>
        </message>
        <message>
            <source>Create an enrolment code</source>
            <translation>Bir kayıt kodu oluştur</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Kayıt &amp;kodu:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kayıt kodu</translation>
        </message>
        <message>
            <source>Enrolment &amp;link:</source>
            <translation>Kayıt &amp;bağlantısı:</translation>
        </message>
        <message>
            <source>Enrolment link with the server address and the code</source>
            <translation>Sunucu adresini ve kodu içeren kayıt bağlantısı</translation>
        </message>
        <message>
            <source>Cop&amp;y link</source>
            <translation>Bağlantıyı &amp;kopyala</translation>
        </message>
        <message>
            <source>Copy the enrolment link</source>
            <translation>Kayıt bağlantısını kopyala</translation>
        </message>
        <message>
            <source>Save QR code as &amp;picture…</source>
            <translation>QR kodunu &amp;resim olarak kaydet…</translation>
        </message>
        <message>
            <source>Save the QR code as a picture</source>
            <translation>QR kodunu resim olarak kaydet</translation>
        </message>
        <message>
            <source>QR code with the server address and the enrolment code</source>
            <translation>Sunucu adresini ve kayıt kodunu içeren QR kodu</translation>
        </message>
        <message>
            <source>Enrolment code details</source>
            <translation>Kayıt kodunun bilgileri</translation>
        </message>
        <message>
            <source>Devices message</source>
            <translation>Cihazlarla ilgili ileti</translation>
        </message>
        <message>
            <source>Give the coach the code, the link or the QR code. On the laptop's Sync screen the coach types the code, pastes the link or opens a picture of the QR code; the link and the QR code fill in the server address too.</source>
            <translation>Koça kodu, bağlantıyı veya QR kodunu verin. Koç, dizüstü bilgisayarın Eşitleme ekranında kodu yazar, bağlantıyı yapıştırır veya QR kodunun resmini açar; bağlantı ve QR kodu sunucu adresini de doldurur.</translation>
        </message>
        <message>
            <source>The enrolment link is on the clipboard.</source>
            <translation>Kayıt bağlantısı panoya kopyalandı.</translation>
        </message>
        <message>
            <source>enrolment-code</source>
            <translation>kayit-kodu</translation>
        </message>
        <message>
            <source>Save the QR code</source>
            <translation>QR kodunu kaydet</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG resmi (*.png)</translation>
        </message>
        <message>
            <source>The picture could not be saved to %1 (disk full or no permission?).</source>
            <translation>Resim %1 konumuna kaydedilemedi (disk dolu mu veya izin yok mu?).</translation>
        </message>
        <message>
            <source>Saved the QR code to %1. It holds the server address and the code.</source>
            <translation>QR kodu %1 konumuna kaydedildi. Sunucu adresini ve kodu içerir.</translation>
        </message>
        <message>
            <source>Nothing was revoked.</source>
            <translation>Hiçbir şey iptal edilmedi.</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Cihazlar</translation>
        </message>
        <message>
            <source>Enrolled devices</source>
            <translation>Kayıtlı cihazlar</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>&amp;Yenile</translation>
        </message>
        <message>
            <source>Reload the list of devices</source>
            <translation>Cihaz listesini yenile</translation>
        </message>
        <message>
            <source>&amp;Revoke device…</source>
            <translation>Cihazı &amp;iptal et…</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>Seçili cihazı iptal et</translation>
        </message>
        <message>
            <source>Type the coach's name first.</source>
            <translation>Önce koçun adını yazın.</translation>
        </message>
        <message>
            <source>For %1; works once, until %2.</source>
            <translation>%1 için; bir kez, %2 tarihine kadar geçerli.</translation>
        </message>
        <message>
            <source>The device of %1 was revoked.</source>
            <translation>%1 adlı koçun cihazı iptal edildi.</translation>
        </message>
    </context>
    <context>
        <name>DueDateDelegate</name>
        <message>
            <source>Due date of the follow-up action</source>
            <translation>Takip eyleminin tarihi</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentLinkRow</name>
        <message>
            <source>Open a picture of the QR code…</source>
            <extracomment>Larger pictures are scaled down first (a phone photo is 4000 pixels wide; QR codes read fine at this size and memory stays small).</extracomment>
            <translation>QR kodunun resmini aç…</translation>
        </message>
        <message>
            <source>Read the enrolment QR code from a picture</source>
            <translation>Kayıt QR kodunu bir resimden oku</translation>
        </message>
        <message>
            <source>A screenshot or photo of the QR code from your project leader fills in the server address and the code. You can also paste the enrolment link into a field.</source>
            <translation>Proje sorumlunuzdan gelen QR kodunun ekran görüntüsü veya fotoğrafı sunucu adresini ve kodu doldurur. Kayıt bağlantısını bir alana da yapıştırabilirsiniz.</translation>
        </message>
        <message>
            <source>Enrolment link message</source>
            <translation>Kayıt bağlantısıyla ilgili ileti</translation>
        </message>
        <message>
            <source>Server address and code filled in from the link (%1).</source>
            <translation>Sunucu adresi ve kod bağlantıdan dolduruldu (%1).</translation>
        </message>
        <message>
            <source>Open a picture of the QR code</source>
            <translation>QR kodunun resmini aç</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Resimler (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tüm dosyalar (*)</translation>
        </message>
        <message>
            <source>This file cannot be opened as a picture. Choose a PNG or JPEG.</source>
            <translation>Bu dosya resim olarak açılamıyor. Bir PNG veya JPEG dosyası seçin.</translation>
        </message>
        <message>
            <source>No QR code can be read in this picture. Try a sharper picture in which the whole code is visible, or type the code.</source>
            <translation>Bu resimde okunabilen bir QR kodu yok. Kodun tamamının göründüğü daha net bir resim deneyin veya kodu yazın.</translation>
        </message>
        <message>
            <source>The QR code in this picture is not an enrolment code. Ask your project leader for the enrolment QR code, or type the code.</source>
            <translation>Bu resimdeki QR kodu bir kayıt kodu değil. Proje sorumlunuzdan kayıt QR kodunu isteyin veya kodu yazın.</translation>
        </message>
        <message>
            <source>The picture cannot be read (no permission or the file is gone).</source>
            <translation>Resim okunamıyor (izin yok veya dosya artık yok).</translation>
        </message>
    </context>
    <context>
        <name>FamiliesModel</name>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Belediye</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kişiler</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Ziyaretler</translation>
        </message>
        <message>
            <source>Open goals</source>
            <translation>Açık hedefler</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Son ziyaret</translation>
        </message>
    </context>
    <context>
        <name>FamiliesPage</name>
        <message>
            <source>Families</source>
            <translation>Aileler</translation>
        </message>
        <message>
            <source>Search names, places and visit notes</source>
            <translation>İsimlerde, yerlerde ve ziyaret notlarında ara</translation>
        </message>
        <message>
            <source>Search families</source>
            <translation>Aile ara</translation>
        </message>
        <message>
            <source>Filter by programme status</source>
            <translation>Program durumuna göre filtrele</translation>
        </message>
        <message>
            <source>New family</source>
            <translation>Yeni aile</translation>
        </message>
        <message>
            <source>Add a family (Ctrl+N)</source>
            <translation>Aile ekle (Ctrl+N)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tüm durumlar</translation>
        </message>
        <message>
            <source>No families yet. Choose New family (Ctrl+N) to add the first family you coach; its page then takes people, visits, goals and consent.</source>
            <translation>Henüz aile yok. Koçluk yaptığınız ilk aileyi eklemek için Yeni aile'yi (Ctrl+N) seçin; ailenin sayfasında kişileri, ziyaretleri, hedefleri ve onayı kaydedebilirsiniz.</translation>
        </message>
        <message>
            <source>No family matches the search or the status filter. Check the spelling, or clear the search and choose All statuses.</source>
            <translation>Aramaya veya durum filtresine uyan aile yok. Yazımı kontrol edin ya da aramayı temizleyip Tüm durumlar'ı seçin.</translation>
        </message>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>%n aile</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 families</source>
            <translation>%2 aileden %1</translation>
        </message>
    </context>
    <context>
        <name>FamilyEditor</name>
        <message>
            <source>Known</source>
            <extracomment>The field's range: wide, so no typed date is cut short; its first day stands for "not typed yet" and is shown as empty.</extracomment>
            <translation>Biliniyor</translation>
        </message>
        <message>
            <source>%1 is known</source>
            <translation>%1 biliniyor</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Kaydet</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>What you typed earlier was not saved yet and has been restored. Check it and save.</source>
            <translation>Daha önce yazdıklarınız henüz kaydedilmemişti ve geri getirildi. Kontrol edip kaydedin.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Kaydedilmemiş değişiklikler</translation>
        </message>
        <message>
            <source>You changed this form but did not save it. Discard what you typed?</source>
            <translation>Bu formu değiştirdiniz ama kaydetmediniz. Yazdıklarınız silinsin mi?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Değişiklikleri sil</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Düzenlemeye devam et</translation>
        </message>
        <message>
            <source>New family</source>
            <extracomment>Municipalities offered in the list; the coach may type any other name and CBS code.</extracomment>
            <translation>Yeni aile</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Aileyi düzenle</translation>
        </message>
        <message>
            <source>Family &amp;name</source>
            <translation>Aile &amp;adı</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Belediye</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Tercih edilen diller</translation>
        </message>
        <message>
            <source>Programme &amp;status</source>
            <translation>Programdaki &amp;durum</translation>
        </message>
        <message>
            <source>Status s&amp;ince</source>
            <translation>Durum başlan&amp;gıcı</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>Başlangıç &amp;tarihi</translation>
        </message>
        <message>
            <source>Assigned &amp;coach</source>
            <translation>Atanan &amp;koç</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Aile adı</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Belediye</translation>
        </message>
        <message>
            <source>Municipality CBS code</source>
            <translation>Belediyenin CBS kodu</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programdaki durum</translation>
        </message>
        <message>
            <source>Assigned coach</source>
            <translation>Atanan koç</translation>
        </message>
        <message>
            <source>Date the programme status began</source>
            <translation>Program durumunun başladığı tarih</translation>
        </message>
        <message>
            <source>The day the family's programme status began; it may be long ago, never in the future. The family's page shows every status over time.</source>
            <translation>Ailenin program durumunun başladığı gün; uzun zaman önce olabilir, gelecekte olamaz. Ailenin sayfası zaman içindeki her durumu gösterir.</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Başlangıç tarihi</translation>
        </message>
        <message>
            <source>The first language you tick is used for printed documents.</source>
            <translation>İşaretlediğiniz ilk dil basılı belgeler için kullanılır.</translation>
        </message>
    </context>
    <context>
        <name>FamilyErrors</name>
        <message>
            <source>Enter the family's name.</source>
            <translation>Ailenin adını girin.</translation>
        </message>
        <message>
            <source>Enter the municipality's CBS code: GM and four digits, e.g. GM0153.</source>
            <translation>Belediyenin CBS kodunu girin: GM ve dört rakam, ör. GM0153.</translation>
        </message>
        <message>
            <source>Enter the municipality's name.</source>
            <translation>Belediyenin adını girin.</translation>
        </message>
        <message>
            <source>A phone number may hold digits, spaces and + ( ) - . / only.</source>
            <translation>Telefon numarası yalnızca rakam, boşluk ve + ( ) - . / içerebilir.</translation>
        </message>
        <message>
            <source>The address is too long.</source>
            <translation>Adres çok uzun.</translation>
        </message>
        <message>
            <source>The coach's name is too long.</source>
            <translation>Koçun adı çok uzun.</translation>
        </message>
        <message>
            <source>Choose each language once.</source>
            <translation>Her dili yalnızca bir kez seçin.</translation>
        </message>
        <message>
            <source>Enter the person's given name.</source>
            <translation>Kişinin adını girin.</translation>
        </message>
        <message>
            <source>The family name is too long.</source>
            <translation>Soyadı çok uzun.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future.</source>
            <translation>Doğum tarihi gelecekte olamaz.</translation>
        </message>
        <message>
            <source>Enter a short title for the goal.</source>
            <translation>Hedef için kısa bir başlık girin.</translation>
        </message>
        <message>
            <source>The description is too long.</source>
            <translation>Açıklama çok uzun.</translation>
        </message>
        <message>
            <source>Every milestone needs a title.</source>
            <translation>Her ara adımın bir başlığı olmalı.</translation>
        </message>
        <message>
            <source>Choose a score from 1 to 5.</source>
            <translation>1'den 5'e bir puan seçin.</translation>
        </message>
        <message>
            <source>Enter who recorded this consent.</source>
            <translation>Bu onayı kimin kaydettiğini girin.</translation>
        </message>
        <message>
            <source>Write a note or choose a new status.</source>
            <translation>Bir not yazın veya yeni bir durum seçin.</translation>
        </message>
        <message>
            <source>This level on this date is already recorded for this person.</source>
            <translation>Bu seviye bu tarihte bu kişi için zaten kaydedilmiş.</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults only.</source>
            <translation>Hollandaca seviyesi yalnızca yetişkinler için kaydedilir.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Bu değer geçerli değil.</translation>
        </message>
        <message>
            <source>The date cannot be in the future (today is %1).</source>
            <translation>Tarih gelecekte olamaz (bugün: %1).</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>%1 veya sonrasında bir tarih seçin.</translation>
        </message>
        <message>
            <source>The date cannot be before the goal was opened (%1).</source>
            <translation>Tarih, hedefin açıldığı tarihten (%1) önce olamaz.</translation>
        </message>
        <message>
            <source>The date cannot be before the latest status change (%1).</source>
            <translation>Tarih, son durum değişikliğinden (%1) önce olamaz.</translation>
        </message>
        <message>
            <source>The goal cannot be opened after its first status change (%1).</source>
            <translation>Hedef, ilk durum değişikliğinden (%1) sonra açılmış olamaz.</translation>
        </message>
        <message>
            <source>The date cannot be before the person was born (%1).</source>
            <translation>Tarih, kişinin doğumundan önce olamaz (%1).</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults: this person turns 18 on %1.</source>
            <translation>Hollandaca seviyesi yetişkinler için kaydedilir: bu kişi %1 tarihinde 18 yaşına giriyor.</translation>
        </message>
        <message>
            <source>This was changed elsewhere since you opened it. Close, reopen and try again.</source>
            <translation>Siz açtıktan sonra bu başka bir yerde değiştirildi. Kapatın, yeniden açın ve tekrar deneyin.</translation>
        </message>
        <message>
            <source>This is no longer there (it may have been erased).</source>
            <translation>Bu artık yok (silinmiş olabilir).</translation>
        </message>
        <message>
            <source>The goal cannot change to that status.</source>
            <translation>Hedef bu duruma geçemez.</translation>
        </message>
        <message>
            <source>That person is not a member of this family.</source>
            <translation>Bu kişi bu ailenin üyesi değil.</translation>
        </message>
        <message>
            <source>This consent is not given, so it cannot be withdrawn.</source>
            <translation>Bu onay verilmemiş, bu yüzden geri çekilemez.</translation>
        </message>
        <message>
            <source>This could not be saved. Please check what you entered.</source>
            <translation>Bu kaydedilemedi. Lütfen girdiklerinizi kontrol edin.</translation>
        </message>
    </context>
    <context>
        <name>FamilyHeader</name>
        <message>
            <source>Families</source>
            <translation>Aileler</translation>
        </message>
        <message>
            <source>Back to the list of families</source>
            <translation>Aile listesine dön</translation>
        </message>
        <message>
            <source>&amp;Edit family</source>
            <translation>Aileyi &amp;düzenle</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Aileyi düzenle</translation>
        </message>
        <message>
            <source>Copy the address</source>
            <translation>Adresi kopyala</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Telefon numarasını kopyala</translation>
        </message>
        <message>
            <source>Programme status: %1</source>
            <translation>Programdaki durum: %1</translation>
        </message>
        <message>
            <source>%1 · no address</source>
            <translation>%1 · adres yok</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telefon: %1</translation>
        </message>
        <message>
            <source>No phone number</source>
            <translation>Telefon numarası yok</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Koç: %1</translation>
        </message>
        <message>
            <source>No coach assigned</source>
            <translation>Atanmış koç yok</translation>
        </message>
        <message>
            <source>No open follow-up actions</source>
            <translation>Açık takip eylemi yok</translation>
        </message>
        <message>
            <source>Next follow-up (no date): %1</source>
            <translation>Sonraki takip (tarihsiz): %1</translation>
        </message>
        <message>
            <source>Overdue since %1: %2</source>
            <translation>%1 tarihinden beri gecikmiş: %2</translation>
        </message>
        <message>
            <source>Next follow-up %1: %2</source>
            <translation>Sonraki takip %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FamilyLabels</name>
        <message>
            <source>Adult</source>
            <translation>Yetişkin</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Çocuk</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Kadın</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Erkek</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Belirtilmedi</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Koçluk</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Anonim raporlama</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>Üniversite araştırması</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Felemenkçe</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Türkçe</translation>
        </message>
        <message>
            <source>English</source>
            <translation>İngilizce</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arapça</translation>
        </message>
        <message>
            <source>Other language</source>
            <translation>Başka dil</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Tüm aile</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Kişiler</translation>
        </message>
        <message>
            <source>&amp;Visits</source>
            <translation>&amp;Ziyaretler</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Hedefler</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>G&amp;eçmiş</translation>
        </message>
        <message>
            <source>&amp;Assessments</source>
            <translation>&amp;Değerlendirmeler</translation>
        </message>
        <message>
            <source>&amp;Consent</source>
            <translation>&amp;Onay</translation>
        </message>
        <message>
            <source>Family's &amp;data</source>
            <translation>Ailenin &amp;verileri</translation>
        </message>
        <message>
            <source>Family sections</source>
            <translation>Aile bölümleri</translation>
        </message>
    </context>
    <context>
        <name>FamilyPdf</name>
        <message>
            <source>Adult</source>
            <translation>Yetişkin</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Çocuk</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Kadın</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Erkek</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Diğer</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Belirtilmedi</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Koçluk</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Anonim raporlama</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>Üniversite araştırması</translation>
        </message>
        <message>
            <source>What we hold about your family</source>
            <translation>Aileniz hakkında tuttuklarımız</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kişiler</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Ziyaretler</translation>
        </message>
        <message>
            <source>done</source>
            <translation>yapıldı</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Konular</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Hedefler</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Hedef tarih</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Ara adımlar</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>İlerleme</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Değerlendirmeler</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Onay</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Tüm aile</translation>
        </message>
        <message>
            <source>This document lists everything Coach Companion holds about your family on this laptop. Printed on %1.</source>
            <translation>Bu belge, Coach Companion'ın bu dizüstü bilgisayarda aileniz hakkında tuttuğu her şeyi listeler. Yazdırma tarihi: %1.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Alan</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Değer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Belediye</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Tercih edilen diller</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programdaki durum</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Başlangıç tarihi</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Koç</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Diller</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 dakika</translation>
        </message>
        <message>
            <source>reached on</source>
            <translation>ulaşıldı:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Kimin için</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Yaşam alanı</translation>
        </message>
        <message>
            <source>Score (1-5)</source>
            <translation>Puan (1-5)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Olay</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Kaydeden</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Verildi</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Aile tarafından geri çekildi</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Due</source>
            <translation>Son tarih</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>İş</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Durum</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n gün gecikti</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>%n gün sonra</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Yapıldı</translation>
        </message>
    </context>
    <context>
        <name>FunderReport</name>
        <message>
            <source>Indicator</source>
            <translation>Gösterge</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Tanım</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Fon veren kurum göstergeleri</translation>
        </message>
        <message>
            <source>Change in self-reliance: for each life domain, the people or families with at least two self-reliance assessments (scores 1 to 5) in the period, and the mean change from their first to their last score.</source>
            <translation>Öz yeterlilikte değişim: her yaşam alanı için dönem içinde en az iki öz yeterlilik değerlendirmesi (1 ile 5 arası puan) olan kişiler veya aileler ve ilk puanlarından son puanlarına ortalama değişim.</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tablolar</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Yöntem</translation>
        </message>
        <message>
            <source>Small numbers are withheld</source>
            <translation>Küçük sayılar gizlenir</translation>
        </message>
        <message>
            <source>Small numbers are withheld to protect the privacy of the families: a count from 1 to %1 is shown as withheld, and some other values are withheld as well so that a hidden count cannot be worked out from the totals. A mean is withheld when fewer than %2 people or families are behind it. Withheld values are left out of the charts. The CSV file made with this report uses the same threshold (%2) and shows the same values.</source>
            <translation>Ailelerin gizliliğini korumak için küçük sayılar gizlenir: 1 ile %1 arasındaki bir sayı gizli olarak gösterilir ve gizli bir sayının toplamlardan hesaplanamaması için bazı başka değerler de gizlenir. Arkasında %2 kişiden veya aileden az olan bir ortalama gizlenir. Gizlenen değerler grafiklerde yer almaz. Bu raporla hazırlanan CSV dosyası aynı eşiği (%2) kullanır ve aynı değerleri gösterir.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Distinct adults (18 or older on the day) whose language or education goal was started in the period, whatever happened to it later.</source>
            <translation>Dil veya eğitim hedefi dönem içinde başlatılan farklı yetişkinler (o gün 18 yaş veya üstü); hedefe daha sonra ne olduğundan bağımsız.</translation>
        </message>
        <message>
            <source>The same, counting every start up to the end of the period.</source>
            <translation>Aynısı; dönemin sonuna kadarki her başlangıç sayılır.</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was started in the period (work goals are not counted).</source>
            <translation>Kendi işini kurma hedefi dönem içinde başlatılan her yaştan farklı kişiler (iş bulma hedefleri sayılmaz).</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was achieved in the period.</source>
            <translation>Kendi işini kurma hedefine dönem içinde ulaşan her yaştan farklı kişiler.</translation>
        </message>
        <message>
            <source>Distinct people whose sport and participation goal was started in the period; by gender below.</source>
            <translation>Spor ve katılım hedefi dönem içinde başlatılan farklı kişiler; cinsiyete göre aşağıda.</translation>
        </message>
        <message>
            <source>Distinct adults whose latest Dutch level (CEFR) recorded in the period is at least one level above their level at its start.</source>
            <translation>Dönem içinde kaydedilen son Felemenkçe düzeyi (CEFR), dönem başındaki düzeyinden en az bir düzey yüksek olan farklı yetişkinler.</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>bugüne kadarki program (%1)</translation>
        </message>
        <message>
            <source>Period: %1. Counts below %2 are withheld.</source>
            <translation>Dönem: %1. %2 altındaki sayılar gizlenir.</translation>
        </message>
        <message>
            <source>Adults are 18 or older on the day of the event counted. Age groups are those of the person on that day. Municipalities with fewer than 10 families in the programme are counted together as other municipalities.</source>
            <translation>Yetişkinler, sayılan olayın gününde 18 yaş veya üstündedir. Yaş grupları kişinin o günkü yaş grubudur. Programda 10'dan az ailesi olan belediyeler birlikte diğer belediyeler olarak sayılır.</translation>
        </message>
        <message>
            <source>Charts not drawn</source>
            <translation>Çizilmeyen grafikler</translation>
        </message>
        <message>
            <source>Coaches record visits, goals and self-reliance assessments on their own encrypted laptops. Only anonymised records leave a laptop: random numbers instead of names, age bands, months and weeks; never names, addresses or notes. Every figure is counted from dated events (the day a goal was started, a status changed, a level was assessed), not from the day it was typed. A family counts for the period when it was in the programme at some time in it, by its status at the end of the period. Families not visited in 6 weeks are counted as at the end of the period.</source>
            <translation>Koçlar ziyaretleri, hedefleri ve öz yeterlilik ölçümlerini kendi şifreli dizüstü bilgisayarlarına kaydeder. Bir dizüstü bilgisayardan yalnızca anonimleştirilmiş kayıtlar çıkar: adlar yerine rastgele numaralar, yaş grupları, aylar ve haftalar; asla adlar, adresler veya notlar. Her rakam, yazıldığı günden değil, tarihli olaylardan (bir hedefin başladığı, bir durumun değiştiği, bir düzeyin ölçüldüğü gün) sayılır. Bir aile, dönemin herhangi bir anında programdaysa o döneme dönemin sonundaki durumuyla sayılır. 6 haftadır ziyaret edilmeyen aileler dönemin sonundaki haliyle sayılır.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Dönem</translation>
        </message>
        <message>
            <source>No organisation name is set: add it to the deployment file ([organisation] name).</source>
            <translation>Kuruluş adı ayarlanmamış: kurulum dosyasına ekleyin ([organisation] name).</translation>
        </message>
        <message>
            <source>Programme report for funders</source>
            <translation>Fon veren kurumlar için program raporu</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Hazırlanma tarihi: %1</translation>
        </message>
        <message>
            <source>Aggregated, anonymised figures. No figure in this report refers to a single family: counts below %1 are withheld.</source>
            <translation>Toplu, anonimleştirilmiş rakamlar. Bu rapordaki hiçbir rakam tek bir aileyle ilgili değildir: %1 altındaki sayılar gizlenir.</translation>
        </message>
        <message>
            <source>Withheld values (%1) are left out of this chart.</source>
            <translation>Gizlenen değerler (%1) bu grafikte yer almaz.</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>New goal</source>
            <translation>Yeni hedef</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Hedefi düzenle</translation>
        </message>
        <message>
            <source>Life &amp;domain</source>
            <translation>Yaşam &amp;alanı</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Kimin için</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Başlık</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>&amp;Açıklama</translation>
        </message>
        <message>
            <source>&amp;Opened on</source>
            <translation>A&amp;çılış tarihi</translation>
        </message>
        <message>
            <source>Target d&amp;ate</source>
            <translation>Hedef &amp;tarih</translation>
        </message>
        <message>
            <source>Date the goal was opened</source>
            <translation>Hedefin açıldığı tarih</translation>
        </message>
        <message>
            <source>The day the goal was set, which may be long ago; never in the future and never after its first status change.</source>
            <translation>Hedefin belirlendiği gün; uzun zaman önce olabilir, ancak gelecekte veya ilk durum değişikliğinden sonra olamaz.</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>A&amp;ra adımlar</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Yaşam alanı</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Kimin için</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Başlık</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Açıklama</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Hedef tarih</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Ara adımlar</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>Yeni ara adım</translation>
        </message>
        <message>
            <source>Milestone target date</source>
            <translation>Ara adımın hedef tarihi</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Ara adım ekle</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Ara adımı kaldır</translation>
        </message>
        <message>
            <source>Reached today / not reached</source>
            <translation>Bugün ulaşıldı / ulaşılmadı</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Tüm aile</translation>
        </message>
    </context>
    <context>
        <name>GoalUpdatesModel</name>
        <message>
            <source>Goal</source>
            <translation>Hedef</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Yeni durum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Not</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Değişiklik yok</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <source>Life domain</source>
            <translation>Yaşam alanı</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Kişi</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Hedef</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Hedef tarih</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>%1, target date passed</source>
            <translation>%1, hedef tarihi geçti</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Yeni hedef</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Hedefi düzenle</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Durumu değiştir</translation>
        </message>
        <message>
            <source>Status of the selected goal</source>
            <translation>Seçili hedefin durumu</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Yeni durum</translation>
        </message>
        <message>
            <source>Date of the status change</source>
            <translation>Durum değişikliğinin tarihi</translation>
        </message>
        <message>
            <source>The day the status changed, which may be long ago; never in the future and never before the goal's latest change.</source>
            <translation>Durumun değiştiği gün; uzun zaman önce olabilir, ancak gelecekte veya hedefin son değişikliğinden önce olamaz.</translation>
        </message>
        <message>
            <source>Note about the status change</source>
            <translation>Durum değişikliği hakkında not</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Not (isteğe bağlı)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>İlerleme</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Ara adımlar</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Hedefler</translation>
        </message>
        <message>
            <source>Progress of the selected goal</source>
            <translation>Seçili hedefin ilerlemesi</translation>
        </message>
        <message>
            <source>Milestones of the selected goal</source>
            <translation>Seçili hedefin ara adımları</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>The user guide is not part of this installation. Ask IT for the installer, or read docs/user-guide in the project's files.</source>
            <extracomment>The guides and the languages each is written in.</extracomment>
            <translation>Kullanım kılavuzu bu kuruluma dahil değil. BT biriminden kurulum dosyasını isteyin veya proje dosyalarındaki docs/user-guide klasörünü okuyun.</translation>
        </message>
        <message>
            <source>Coach Companion user guide</source>
            <translation>Coach Companion kullanım kılavuzu</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Kullanım kılavuzu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Close the user guide</source>
            <translation>Kullanım kılavuzunu kapat</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over %1</source>
            <translation>%1 ailesini devret</translation>
        </message>
        <message>
            <source>The family's complete data (people, visits, goals and their history, assessments, language levels and consent; not unsaved drafts) is sealed so that only the chosen coach's laptop can open it. From now on the family cannot be changed here. Once that laptop has taken it over, the family is erased from this laptop, as if erased by request. The server only passes on sealed data.</source>
            <translation>Ailenin tüm verileri (kişiler, ziyaretler, geçmişleriyle hedefler, değerlendirmeler, dil düzeyleri ve onay; kaydedilmemiş taslaklar hariç) yalnızca seçilen koçun bilgisayarı açabilecek şekilde mühürlenir. Bundan sonra aile burada değiştirilemez. O bilgisayar aileyi devraldığında aile, silme talebinde olduğu gibi bu bilgisayardan silinir. Sunucu yalnızca mühürlü verileri iletir.</translation>
        </message>
        <message>
            <source>&amp;Receiving coach</source>
            <translation>&amp;Alıcı koç</translation>
        </message>
        <message>
            <source>Receiving coach</source>
            <translation>Alıcı koç</translation>
        </message>
        <message>
            <source>Send it through the server</source>
            <translation>Sunucu üzerinden gönder</translation>
        </message>
        <message>
            <source>Save it as a file to give to the other coach</source>
            <translation>Diğer koça vermek için dosya olarak kaydet</translation>
        </message>
        <message>
            <source>Save it as a file</source>
            <translation>Dosya olarak kaydet</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Devret</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Devret</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Asking the server which coaches can receive it…</source>
            <translation>Sunucuya hangi koçların alabileceği soruluyor…</translation>
        </message>
        <message>
            <source>Unlock first.</source>
            <translation>Önce kilidi açın.</translation>
        </message>
        <message>
            <source>No other coach's laptop can receive a family yet. The other laptop must be enrolled and have synced once with this version.</source>
            <translation>Henüz başka bir koçun dizüstü bilgisayarı aile alamıyor. Diğer bilgisayar kayıtlı olmalı ve bu sürümle bir kez eşitleme yapmış olmalı.</translation>
        </message>
        <message>
            <source>Save the sealed family</source>
            <translation>Mühürlü aileyi kaydet</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Devredilen aileler (*.package)</translation>
        </message>
        <message>
            <source>Sealing and handing over…</source>
            <translation>Mühürleniyor ve devrediliyor…</translation>
        </message>
        <message>
            <source>Saved. Give the file to %1; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Kaydedildi. Dosyayı %1 adlı koça verin; %1 adlı koçun bilgisayarı aileyi devraldığında aile burada silinir.</translation>
        </message>
        <message>
            <source>Handed over to %1. Once %1's laptop has taken the family over, it is erased here.</source>
            <translation>%1 adlı koça devredildi. %1 adlı koçun dizüstü bilgisayarı aileyi devraldığında aile burada silinir.</translation>
        </message>
        <message>
            <source>Sealed for %1. It is sent as soon as the server can be reached; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>%1 için mühürlendi. Sunucuya ulaşılır ulaşılmaz gönderilir; %1 adlı koçun bilgisayarı aileyi devraldığında aile burada silinir.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
    </context>
    <context>
        <name>HistoryEditor</name>
        <message>
            <source>Programme status “%1”</source>
            <extracomment>The draft kind of this dialog (``FormDraft.kind``); the subject is the history entry. The fields a refused date may be reported on, all shown under the one date field.</extracomment>
            <translation>Program durumu “%1”</translation>
        </message>
        <message>
            <source>Goal “%1”: “%2”</source>
            <translation>Hedef “%1”: “%2”</translation>
        </message>
        <message>
            <source>Dutch level of %1: “%2”</source>
            <translation>%1 için Hollandaca seviyesi: “%2”</translation>
        </message>
        <message>
            <source>Delete the programme status “%1” of %2?</source>
            <translation>%2 tarihli “%1” program durumu silinsin mi?</translation>
        </message>
        <message>
            <source>Delete the status “%1” of %2 from the goal “%3”?</source>
            <translation>%2 tarihli “%1” durumu “%3” hedefinden silinsin mi?</translation>
        </message>
        <message>
            <source>Delete the Dutch level “%1” of %2 for %3?</source>
            <translation>%3 için %2 tarihli “%1” Hollandaca seviyesi silinsin mi?</translation>
        </message>
        <message>
            <source>A family always has a programme status, so its only status cannot be deleted. Change its date, or give the family a new status in “Edit family”.</source>
            <translation>Bir ailenin her zaman bir program durumu vardır, bu yüzden tek durumu silinemez. Tarihini değiştirin ya da “Aileyi düzenle” ile aileye yeni bir durum verin.</translation>
        </message>
        <message>
            <source>This is the status the goal was opened with, so it cannot be deleted. Change its date (that moves the goal's opened date), or delete the goal's later statuses.</source>
            <translation>Hedef bu durumla açıldı, bu yüzden silinemez. Tarihini değiştirin (bu, hedefin açılış tarihini de taşır) ya da hedefin sonraki durumlarını silin.</translation>
        </message>
        <message>
            <source>Without this status, “%1” would be followed by “%2”, which a goal cannot do. Delete the later statuses first.</source>
            <translation>Bu durum olmadan “%1” durumunu “%2” izlerdi; bir hedefte bu olamaz. Önce sonraki durumları silin.</translation>
        </message>
        <message>
            <source>Change the date or level</source>
            <translation>Tarihi veya seviyeyi değiştir</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Tarihi değiştir</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Kayıt</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Tarih</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Seviyenin tarihi</translation>
        </message>
        <message>
            <source>Date of the status</source>
            <translation>Durumun tarihi</translation>
        </message>
        <message>
            <source>The day it happened, which may be long ago; never in the future.</source>
            <translation>Gerçekleştiği gün; uzun zaman önce olabilir, gelecekte olamaz.</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Seviye</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Hollandaca seviyesi (CEFR)</translation>
        </message>
        <message>
            <source>On that date the goal's statuses would be out of order: “%1” cannot be followed by “%2”. Choose a date between the statuses before and after it.</source>
            <translation>Bu tarihte hedefin durumları sırasını kaybeder: “%1” durumunu “%2” izleyemez. Önceki ve sonraki durumlar arasında bir tarih seçin.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Intake</source>
            <translation>Ön görüşme</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Ara verildi</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Tamamlandı</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ayrıldı</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlandı</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Başladı</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Ulaşıldı</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Durduruldu</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Ev ziyareti</translation>
        </message>
        <message>
            <source>At the club</source>
            <translation>Kulüpte</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Görüntülü görüşme</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Eğitim</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>İş</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Girişimcilik</translation>
        </message>
        <message>
            <source>Sport and participation</source>
            <translation>Spor ve katılım</translation>
        </message>
        <message>
            <source>Civic integration</source>
            <translation>Uyum (inburgering)</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Sağlık</translation>
        </message>
        <message>
            <source>Finances</source>
            <translation>Mali durum</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Barınma</translation>
        </message>
        <message>
            <source>Social network</source>
            <translation>Sosyal çevre</translation>
        </message>
        <message>
            <source>Parenting</source>
            <translation>Ebeveynlik</translation>
        </message>
        <message>
            <source>Below A1</source>
            <translation>A1 altı</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Dil:</translation>
        </message>
    </context>
    <context>
        <name>LanguageLevelsModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Yetişkin</translation>
        </message>
        <message>
            <source>Level of Dutch</source>
            <translation>Hollandaca seviyesi</translation>
        </message>
    </context>
    <context>
        <name>LeaderCharts</name>
        <message>
            <source>There is nothing to chart for this period.</source>
            <extracomment>Characters a line of a horizontal chart's category label may hold before it wraps. More categories than this on a horizontal axis, with labels longer than a few characters, and the labels stand upright.</extracomment>
            <translation>Bu dönem için grafikte gösterilecek bir şey yok.</translation>
        </message>
        <message>
            <source>Every value of this chart is withheld to protect privacy, so it is not drawn.</source>
            <translation>Bu grafiğin her değeri gizliliği korumak için gizlendi; bu yüzden grafik çizilmiyor.</translation>
        </message>
        <message>
            <source>Every value shown is 0 and the others are withheld: there is nothing to chart.</source>
            <translation>Gösterilen her değer 0 ve diğerleri gizlendi: grafikte gösterilecek bir şey yok.</translation>
        </message>
        <message>
            <source>Every value is 0 in this period: nothing to chart.</source>
            <translation>Bu dönemde her değer 0: grafikte gösterilecek bir şey yok.</translation>
        </message>
    </context>
    <context>
        <name>LeaderDevices</name>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Koç</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Cihaz</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Kayıt tarihi</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Son eşitleme</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <source>Last backup on the server</source>
            <translation>Sunucudaki son yedek</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>henüz yok</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>hiç</translation>
        </message>
    </context>
    <context>
        <name>LeaderMessages</name>
        <message>
            <source>Wrong username or password. Check them and try again.</source>
            <translation>Kullanıcı adı veya parola yanlış. Kontrol edip yeniden deneyin.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>Sunucu adresi https:// ile başlamalıdır. Düz http:// yalnızca bu bilgisayarın kendisi için kullanılabilir.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the server address and the internet connection, then try again.</source>
            <translation>Sunucuya ulaşılamıyor. Sunucu adresini ve internet bağlantısını kontrol edip yeniden deneyin.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Oturumunuz sona erdi. Lütfen yeniden oturum açın.</translation>
        </message>
        <message>
            <source>The server refused this request (%1).</source>
            <translation>Sunucu bu isteği reddetti (%1).</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Is this the address of the Coach Companion server?</source>
            <translation>Sunucunun yanıtı anlaşılamadı. Bu, Coach Companion sunucusunun adresi mi?</translation>
        </message>
        <message>
            <source>The file could not be written (disk full or no permission?).</source>
            <translation>Dosya yazılamadı (disk dolu mu, izin yok mu?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Please try again.</source>
            <translation>Bir sorun oluştu (%1). Lütfen yeniden deneyin.</translation>
        </message>
    </context>
    <context>
        <name>LeaderSignInDialog</name>
        <message>
            <source>Project leader sign-in</source>
            <translation>Proje lideri girişi</translation>
        </message>
        <message>
            <source>Sign in to the central server to see the programme's figures, make funder reports and manage coaches' laptops. No family data is opened on this computer.</source>
            <translation>Programın rakamlarını görmek, fon veren kurumlar için rapor hazırlamak ve koçların dizüstü bilgisayarlarını yönetmek için merkezi sunucuda oturum açın. Bu bilgisayarda hiçbir aile verisi açılmaz.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Sunucu adresi:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Sunucu adresi</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Kullanıcı adı:</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Kullanıcı adı</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Parola:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Parola</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Oturum aç</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Oturum aç</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Cancel and close</source>
            <translation>İptal et ve kapat</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Oturum açma iletisi</translation>
        </message>
        <message>
            <source>Type your username and password.</source>
            <translation>Kullanıcı adınızı ve parolanızı yazın.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Oturum açılıyor…</translation>
        </message>
    </context>
    <context>
        <name>LeaderSummary</name>
        <message>
            <source>withheld</source>
            <extracomment>The raw value of a cell: an int, a float or SUPPRESSED. The cell's path in the server's summary JSON, e.g. ("families_by_status", "cells", "active").</extracomment>
            <translation>gizli</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Toplam</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Aileler</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kişiler</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Ziyaretler</translation>
        </message>
        <message>
            <source>Visits per month</source>
            <translation>Aylık ziyaretler</translation>
        </message>
        <message>
            <source>Goals by life domain and status</source>
            <translation>Yaşam alanına ve duruma göre hedefler</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Sayı</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Fon veren kurum göstergeleri</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Ortalama değişim</translation>
        </message>
        <message>
            <source>Change in self-reliance by life domain</source>
            <translation>Yaşam alanına göre öz yeterlilikte değişim</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education (MBO/Entree)</source>
            <translation>Bir dil kursuna veya mesleki eğitime (MBO/Entree) başlayan yetişkinler</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education, up to the end of the period</source>
            <translation>Dönemin sonuna kadar bir dil kursuna veya mesleki eğitime başlayan yetişkinler</translation>
        </message>
        <message>
            <source>People who started setting up their own business</source>
            <translation>Kendi işini kurmaya başlayan katılımcılar</translation>
        </message>
        <message>
            <source>People who set up their own business</source>
            <translation>Kendi işini kuran katılımcılar</translation>
        </message>
        <message>
            <source>People who started a sport</source>
            <translation>Spora başlayan katılımcılar</translation>
        </message>
        <message>
            <source>Adults whose Dutch rose at least one level (CEFR)</source>
            <translation>Felemenkçesi en az bir düzey yükselen yetişkinler (CEFR)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Kadınlar</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Erkekler</translation>
        </message>
        <message>
            <source>Another gender</source>
            <translation>Başka bir cinsiyet</translation>
        </message>
        <message>
            <source>Gender not recorded</source>
            <translation>Cinsiyet kaydedilmemiş</translation>
        </message>
        <message>
            <source>Age not known</source>
            <translation>Yaşı bilinmiyor</translation>
        </message>
        <message>
            <source>Under %1</source>
            <translation>%1 yaş altı</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1 and over</source>
            <translation>%1 ve üstü</translation>
        </message>
        <message>
            <source>Other municipalities</source>
            <translation>Diğer belediyeler</translation>
        </message>
        <message>
            <source>Families and people by programme status at the end of the period</source>
            <extracomment>Each section's title (context "LeaderSummary"), also before its figures have arrived. The dashboard's sections in reading order (the month-by-month view follows "status"). Each section's title (context "LeaderSummary"), also before its figures have arrived.</extracomment>
            <translation>Dönemin sonunda program durumuna göre aileler ve kişiler</translation>
        </message>
        <message>
            <source>Families that entered and left</source>
            <translation>Programa giren ve çıkan aileler</translation>
        </message>
        <message>
            <source>Families by municipality</source>
            <translation>Belediyeye göre aileler</translation>
        </message>
        <message>
            <source>Funder indicators by gender</source>
            <translation>Cinsiyete göre fon sağlayıcı göstergeleri</translation>
        </message>
        <message>
            <source>Funder indicators by age group</source>
            <translation>Yaş grubuna göre fon sağlayıcı göstergeleri</translation>
        </message>
        <message>
            <source>Funder indicators by municipality</source>
            <translation>Belediyeye göre fon sağlayıcı göstergeleri</translation>
        </message>
        <message>
            <source>Entered the programme in the period</source>
            <translation>Dönem içinde programa girdi</translation>
        </message>
        <message>
            <source>Left the programme in the period</source>
            <translation>Dönem içinde programdan çıktı</translation>
        </message>
        <message>
            <source>A month has totals only: the breakdowns are given for quarters, years and the programme to date.</source>
            <translation>Bir ay için yalnızca toplamlar verilir: dağılımlar çeyrekler, yıllar ve bugüne kadarki program için verilir.</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Değerlendirilen</translation>
        </message>
        <message>
            <source>Visits in the period</source>
            <translation>Dönemdeki ziyaretler</translation>
        </message>
        <message>
            <source>Not visited in 6 weeks</source>
            <translation>6 haftadır ziyaret edilmedi</translation>
        </message>
        <message>
            <source>Caseload per coach</source>
            <translation>Koç başına vaka yükü</translation>
        </message>
        <message>
            <source>Withheld to protect privacy. Counts from 1 to %1 are never shown, and some other values are withheld as well, so that a hidden count cannot be worked out from the totals.</source>
            <translation>Gizliliği korumak için gizlendi. 1 ile %1 arasındaki sayılar asla gösterilmez ve gizli bir sayının toplamlardan hesaplanamaması için bazı başka değerler de gizlenir.</translation>
        </message>
        <message>
            <source>No figure: for a mean change, no one was assessed twice in this domain in the period.</source>
            <translation>Rakam yok: ortalama değişim için bu dönemde bu alanda kimse iki kez ölçülmedi.</translation>
        </message>
        <message>
            <source>Families by programme status, month by month</source>
            <translation>Program durumuna göre aileler, ay ay</translation>
        </message>
        <message>
            <source>All families</source>
            <extracomment>At most this many one-month requests for one view.</extracomment>
            <translation>Tüm aileler</translation>
        </message>
        <message>
            <source>All people</source>
            <translation>Tüm kişiler</translation>
        </message>
    </context>
    <context>
        <name>LeaderWindow</name>
        <message>
            <source>Coach Companion – project leader %1 on %2</source>
            <extracomment>The leader window's last geometry (Qt's saveGeometry bytes). The size the window asks for on a large screen. Room kept for the window's title bar and frame, which the screen's free area includes.</extracomment>
            <translation>Coach Companion – proje lideri %1, %2</translation>
        </message>
        <message>
            <source>Leader mode</source>
            <translation>Proje lideri modu</translation>
        </message>
        <message>
            <source>Dashboard, reports and devices</source>
            <translation>Gösterge paneli, raporlar ve cihazlar</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>İleti</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Pano</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Raporlar</translation>
        </message>
        <message>
            <source>De&amp;vices</source>
            <translation>&amp;Cihazlar</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Oturumu &amp;kapat</translation>
        </message>
        <message>
            <source>Sign out of the server</source>
            <translation>Sunucudaki oturumu kapat</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Coach Companion</source>
            <extracomment>The screens made so far (``page`` makes one the first time it is needed).</extracomment>
            <translation>Coach Companion</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Kilitle</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Şimdi kilitle (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Aileler</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Eşitleme</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Parola doğru değil. Caps Lock tuşunu kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <source>Type the code.</source>
            <translation>Kodu yazın.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which an enrolment code never has: it has no 0, O, 1 or I. Check that character.</source>
            <translation>%1. grupta “%2” var; kayıt kodlarında bu hiç yoktur: 0, O, 1 veya I içermezler. Bu karakteri kontrol edin.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which is not a character of the code. Check that character.</source>
            <translation>%1. grupta “%2” var; bu, kodun bir karakteri değil. Bu karakteri kontrol edin.</translation>
        </message>
        <message>
            <source>The code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>Kodda bir yazım hatası var: karakterler kontrol karakterleriyle uyuşmuyor. Her grubu yazdırdığınız sayfayla karşılaştırın.</translation>
        </message>
        <message>
            <source>The drive of %1 is full (%2 free). Make at least %3 of room, for example by emptying the recycle bin or moving large files, then try again. Nothing was lost: what you typed is still here.</source>
            <translation>%1 klasörünün bulunduğu disk dolu (%2 boş). Örneğin geri dönüşüm kutusunu boşaltarak veya büyük dosyaları taşıyarak en az %3 yer açın, sonra yeniden deneyin. Hiçbir şey kaybolmadı: yazdıklarınız hâlâ burada.</translation>
        </message>
        <message>
            <source>%1 is on a drive that can only be read (a locked USB stick, a read-only share or a disk with errors). Nothing was changed. Make the drive writable or ask your IT contact, then try again.</source>
            <translation>%1 yalnızca okunabilen bir diskte (kilitli bir USB bellek, salt okunur bir paylaşım veya hatalı bir disk). Hiçbir şey değiştirilmedi. Diski yazılabilir yapın veya BT sorumlunuza sorun, sonra yeniden deneyin.</translation>
        </message>
        <message>
            <source>Your account may not write to %1. Nothing was changed. Ask your IT contact to give your account write permission for this folder.</source>
            <translation>Hesabınızın %1 klasörüne yazma izni yok. Hiçbir şey değiştirilmedi. BT sorumlunuzdan hesabınıza bu klasör için yazma izni vermesini isteyin.</translation>
        </message>
        <message>
            <source>%1 is not there. If it is on a USB stick or a network drive, connect it and try again. Nothing was lost.</source>
            <translation>%1 bulunamadı. Bir USB bellekte veya ağ sürücüsündeyse bağlayıp yeniden deneyin. Hiçbir şey kaybolmadı.</translation>
        </message>
        <message>
            <source>Another program is using the files in %1 (a backup, cloud sync or virus scanner, perhaps). Nothing was lost. Wait a moment and try again; if it keeps happening, close that program.</source>
            <translation>Başka bir program %1 içindeki dosyaları kullanıyor (belki bir yedekleme, bulut eşitleme veya virüs tarayıcısı). Hiçbir şey kaybolmadı. Biraz bekleyip yeniden deneyin; sürerse o programı kapatın.</translation>
        </message>
        <message>
            <source>The files in %1 cannot be read or written. Nothing was changed.</source>
            <translation>%1 içindeki dosyalar okunamıyor veya yazılamıyor. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The recovery code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>Kurtarma kodunda bir yazım hatası var: karakterler kontrol karakterleriyle uyuşmuyor. Her grubu yazdırdığınız sayfayla karşılaştırın.</translation>
        </message>
        <message>
            <source>This recovery code does not open the data on this laptop. If you made a new recovery code later, only the newest one works.</source>
            <translation>Bu kurtarma kodu bu dizüstü bilgisayardaki verileri açmıyor. Daha sonra yeni bir kurtarma kodu oluşturduysanız yalnızca en yenisi çalışır.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>Verilerinizin anahtar dosyası (vault.json) bozulmuş veya değiştirilmiş. Hiçbir şey açılmadı. BT sorumlunuzdan dosyayı geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>The backup was made on this laptop, but it could not be copied to the other folder: %1</source>
            <translation>Yedek bu bilgisayarda alındı, ancak diğer klasöre kopyalanamadı: %1</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Close the other window or wait until the tool has finished, then try again.</source>
            <translation>Coach Companion bu veri klasörü için zaten açık veya bir BT aracı üzerinde çalışıyor. Diğer pencereyi kapatın veya araç işini bitirene kadar bekleyin, sonra yeniden deneyin.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>Veritabanı dosyası (coach.db) bozulmuş veya bu anahtar dosyasına ait değil. Hiçbir şey değiştirilmedi. BT sorumlunuzdan bir yedeği geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>A file could not be read or written (%1). Nothing was lost; please try again.</source>
            <translation>Bir dosya okunamadı veya yazılamadı (%1). Hiçbir şey kaybolmadı; lütfen yeniden deneyin.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Bir sorun oluştu (%1). Hiçbir şey kaybolmadı; lütfen tekrar deneyin.</translation>
        </message>
    </context>
    <context>
        <name>MilestonesModel</name>
        <message>
            <source>Milestone</source>
            <translation>Ara adım</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Hedef tarih</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Ulaşılma tarihi</translation>
        </message>
    </context>
    <context>
        <name>Offsite</name>
        <message>
            <source>%1 kB</source>
            <translation>%1 kB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>The server could not be reached. Nothing is lost; it is tried again later.</source>
            <translation>Sunucuya ulaşılamadı. Hiçbir şey kaybolmadı; daha sonra yeniden denenir.</translation>
        </message>
        <message>
            <source>The server took too long to answer. It is tried again later.</source>
            <translation>Sunucu yanıt vermekte çok geç kaldı. Daha sonra yeniden denenir.</translation>
        </message>
        <message>
            <source>The server had a problem. It is tried again later.</source>
            <translation>Sunucuda bir sorun oldu. Daha sonra yeniden denenir.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). It is tried again later.</source>
            <translation>Sunucu beklenmedik bir yanıt verdi (belki önce oturum açmanızı isteyen bir ağ). Daha sonra yeniden denenir.</translation>
        </message>
        <message>
            <source>The server is busy. It is tried again later.</source>
            <translation>Sunucu meşgul. Daha sonra yeniden denenir.</translation>
        </message>
        <message>
            <source>This laptop's access to the server was withdrawn. Ask your project leader for a new enrolment code.</source>
            <translation>Bu bilgisayarın sunucuya erişimi geri alındı. Proje liderinizden yeni bir kayıt kodu isteyin.</translation>
        </message>
        <message>
            <source>The backup is larger than the server keeps for one laptop. Your data is safe on this laptop; please tell your project leader.</source>
            <translation>Yedek, sunucunun bir bilgisayar için sakladığından daha büyük. Verileriniz bu bilgisayarda güvende; lütfen proje liderinize bildirin.</translation>
        </message>
        <message>
            <source>The backup being sent was removed from this laptop; a new one is sent next time.</source>
            <translation>Gönderilen yedek bu bilgisayardan kaldırıldı; bir dahaki sefere yenisi gönderilir.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with a server yet (see Sync), so nothing can be handed over or backed up there.</source>
            <translation>Bu bilgisayar henüz bir sunucuya kayıtlı değil (Eşitleme'ye bakın), bu yüzden hiçbir şey devredilemez ya da oraya yedeklenemez.</translation>
        </message>
        <message>
            <source>This family is no longer on this laptop.</source>
            <translation>Bu aile artık bu bilgisayarda değil.</translation>
        </message>
        <message>
            <source>This family is already being handed over.</source>
            <translation>Bu aile zaten devrediliyor.</translation>
        </message>
        <message>
            <source>The two laptops run different versions of Coach Companion. Update both to the same version, then try again. Nothing was changed.</source>
            <translation>İki bilgisayarda Coach Companion'ın farklı sürümleri var. İkisini de aynı sürüme güncelleyin ve yeniden deneyin. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>This family is already on this laptop. Nothing was changed.</source>
            <translation>Bu aile zaten bu bilgisayarda. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>This file is not a family handed over with Coach Companion. Nothing was changed.</source>
            <translation>Bu dosya Coach Companion ile devredilmiş bir aile değil. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The server did not accept this handover (the other laptop may have been withdrawn). Nothing was changed.</source>
            <translation>Sunucu bu devri kabul etmedi (diğer bilgisayarın erişimi geri alınmış olabilir). Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>This did not work this time. Nothing is lost.</source>
            <translation>Bu sefer olmadı. Hiçbir şey kaybolmadı.</translation>
        </message>
        <message>
            <source>This family was handed over to another coach's laptop; only that laptop can open it. Nothing was changed.</source>
            <translation>Bu aile başka bir koçun bilgisayarına devredildi; yalnızca o bilgisayar açabilir. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The server does not know the laptop this family comes from (it may have been withdrawn), so it cannot be checked. Nothing was changed.</source>
            <translation>Sunucu bu ailenin geldiği bilgisayarı tanımıyor (erişimi geri alınmış olabilir), bu yüzden denetlenemiyor. Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The handover file is damaged, incomplete or was changed, so it was refused. Nothing was changed. Ask the other coach to send it again.</source>
            <translation>Devir dosyası hasarlı, eksik ya da değiştirilmiş olduğu için reddedildi. Hiçbir şey değiştirilmedi. Diğer koçtan yeniden göndermesini isteyin.</translation>
        </message>
        <message>
            <source>This family is being handed over to %1. It cannot be changed here any more; it is erased from this laptop once %1's laptop has taken it over.</source>
            <translation>Bu aile %1 adlı koça devrediliyor. Artık burada değiştirilemez; %1 adlı koçun bilgisayarı devraldığında bu bilgisayardan silinir.</translation>
        </message>
        <message>
            <source>This family is being taken over from %1. It can be changed once the server has confirmed the handover (at the next sync).</source>
            <translation>Bu aile %1 adlı koçtan devralınıyor. Sunucu devri onayladığında (bir sonraki eşitlemede) değiştirilebilir.</translation>
        </message>
        <message>
            <source>No backup of this laptop is on the server yet.</source>
            <translation>Sunucuda henüz bu bilgisayarın yedeği yok.</translation>
        </message>
        <message>
            <source>Last encrypted backup on the server: %1 (%2).</source>
            <translation>Sunucudaki son şifreli yedek: %1 (%2).</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Son sorun: %1</translation>
        </message>
    </context>
    <context>
        <name>OffsiteBox</name>
        <message>
            <source>Encrypted backup on the server, and handovers</source>
            <translation>Sunucudaki şifreli yedek ve devirler</translation>
        </message>
        <message>
            <source>Back up to the server now</source>
            <translation>Şimdi sunucuya yedekle</translation>
        </message>
        <message>
            <source>Backup on the server</source>
            <translation>Sunucudaki yedek</translation>
        </message>
        <message>
            <source>Families handed over to you</source>
            <translation>Size devredilen aileler</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>&amp;Devral</translation>
        </message>
        <message>
            <source>Take over the chosen family</source>
            <translation>Seçilen aileyi devral</translation>
        </message>
        <message>
            <source>Take over from a &amp;file…</source>
            <translation>&amp;Dosyadan devral…</translation>
        </message>
        <message>
            <source>Take over a family from a file</source>
            <translation>Bir aileyi dosyadan devral</translation>
        </message>
        <message>
            <source>A family from %1</source>
            <translation>%1 adlı koçtan bir aile</translation>
        </message>
        <message numerus="yes">
            <source>%n family(ies) waiting to be taken over by: %1. Each is erased here once taken over.</source>
            <translation>
                <numerusform>%n aile şu koç tarafından devralınmayı bekliyor: %1. Her biri devralındığında burada silinir.</numerusform>
            </translation>
        </message>
        <message>
            <source>The encrypted backup is on the server.</source>
            <translation>Şifreli yedek sunucuda.</translation>
        </message>
        <message>
            <source>Backing up to the server…</source>
            <translation>Sunucuya yedekleniyor…</translation>
        </message>
        <message>
            <source>Taking the family over…</source>
            <translation>Aile devralınıyor…</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Devredilen aileler (*.package)</translation>
        </message>
        <message>
            <source>The family is now on this laptop.</source>
            <translation>Aile artık bu bilgisayarda.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Parolayı gizle</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Parolayı göster</translation>
        </message>
        <message>
            <source>Caps Lock is on: letters come out in capitals. Press Caps Lock to turn it off.</source>
            <translation>Caps Lock açık: harfler büyük yazılıyor. Kapatmak için Caps Lock tuşuna basın.</translation>
        </message>
        <message>
            <source>Use a few words, avoid common phrases.</source>
            <translation>Birkaç kelime kullanın, yaygın ifadelerden kaçının.</translation>
        </message>
        <message>
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>Sembol, rakam veya büyük harf gerekmez.</translation>
        </message>
        <message>
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Bir iki kelime daha ekleyin. Az kullanılan kelimeler daha iyidir.</translation>
        </message>
        <message>
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Klavyedeki düz tuş sıraları kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Kısa klavye desenleri kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Daha çok dönüşü olan daha uzun bir klavye deseni kullanın.</translation>
        </message>
        <message>
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>"aaa" gibi tekrarlar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>"abcabcabc" gibi tekrarları tahmin etmek "abc"den yalnızca biraz daha zordur.</translation>
        </message>
        <message>
            <source>Avoid repeated words and characters.</source>
            <translation>Tekrarlanan kelime ve karakterlerden kaçının.</translation>
        </message>
        <message>
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>"abc" veya "6543" gibi diziler kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Avoid sequences.</source>
            <translation>Dizilerden kaçının.</translation>
        </message>
        <message>
            <source>Recent years are easy to guess.</source>
            <translation>Yakın yıllar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Avoid recent years.</source>
            <translation>Yakın yıllardan kaçının.</translation>
        </message>
        <message>
            <source>Avoid years that are associated with you.</source>
            <translation>Sizinle ilişkili yıllardan kaçının.</translation>
        </message>
        <message>
            <source>Dates are often easy to guess.</source>
            <translation>Tarihler genellikle kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Sizinle ilişkili tarih ve yıllardan kaçının.</translation>
        </message>
        <message>
            <source>This is a top-10 common password.</source>
            <translation>Bu, en yaygın 10 paroladan biri.</translation>
        </message>
        <message>
            <source>This is a top-100 common password.</source>
            <translation>Bu, en yaygın 100 paroladan biri.</translation>
        </message>
        <message>
            <source>This is a very common password.</source>
            <translation>Bu çok yaygın bir parola.</translation>
        </message>
        <message>
            <source>This is similar to a commonly used password.</source>
            <translation>Bu, yaygın kullanılan bir parolaya benziyor.</translation>
        </message>
        <message>
            <source>A word by itself is easy to guess.</source>
            <translation>Tek başına bir kelime kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Tek başına ad ve soyadlar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Common names and surnames are easy to guess.</source>
            <translation>Yaygın ad ve soyadlar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Capitalization doesn't help very much.</source>
            <translation>Büyük harf kullanmak pek işe yaramaz.</translation>
        </message>
        <message>
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>Tamamı büyük harf, tamamı küçük harf kadar kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Ters yazılmış kelimeleri tahmin etmek pek zor değildir.</translation>
        </message>
        <message>
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>'a' yerine '@' gibi tahmin edilebilir değişiklikler pek işe yaramaz.</translation>
        </message>
        <message>
            <source>Too short: use at least %1 characters.</source>
            <translation>Çok kısa: en az %1 karakter kullanın.</translation>
        </message>
        <message>
            <source>Very weak: easy to guess.</source>
            <translation>Çok zayıf: kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Weak: easy to guess.</source>
            <translation>Zayıf: kolay tahmin edilir.</translation>
        </message>
        <message>
            <source>Fair, but still guessable.</source>
            <translation>Orta, ama hâlâ tahmin edilebilir.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Güçlü.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Çok güçlü.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Passphrase</source>
            <translation>Parola</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Şimdiki parola:</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Şimdiki parola</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Yeni parola:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Yeni parola</translation>
        </message>
        <message>
            <source>Re&amp;peat new passphrase:</source>
            <translation>Yeni parolayı &amp;tekrarlayın:</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Yeni parolayı tekrarlayın</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Parolayı değiştir</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Önce şimdiki parolanızı yazın.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Parola değiştiriliyor…</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>Parolanız değiştirildi. Bundan sonra yenisini kullanın.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Yaş</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Diller</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Yeni kişi</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Kişiyi düzenle</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Kişiler</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>from the first month with figures to this month</source>
            <translation>rakam olan ilk aydan bu aya kadar</translation>
        </message>
        <message>
            <source>Programme to date</source>
            <translation>Bugüne kadarki program</translation>
        </message>
        <message>
            <source>Q%1 %2 (%3–%4)</source>
            <translation>%2 Ç%1 (%3–%4)</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>bugüne kadarki program (%1)</translation>
        </message>
        <message>
            <source>“%1” is not a month. Type it as 03-2019 or as March 2019.</source>
            <translation>“%1” bir ay değil. 03-2019 veya Mart 2019 biçiminde yazın.</translation>
        </message>
        <message>
            <source>%1 has not begun yet: there are figures up to %2.</source>
            <translation>%1 henüz başlamadı: %2 dahil rakamlar var.</translation>
        </message>
        <message>
            <source>Months before %1 are not offered.</source>
            <translation>%1 öncesindeki aylar sunulmaz.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Ay</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Çeyrek</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Yıl</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Dönem:</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Dönem türü</translation>
        </message>
        <message>
            <source>e.g. 03-2019</source>
            <translation>örn. 03-2019</translation>
        </message>
        <message>
            <source>Type a month (03-2019 or March 2019) and press Enter, or pick it from the calendar.</source>
            <translation>Bir ay yazın (03-2019 veya Mart 2019) ve Enter tuşuna basın ya da takvimden seçin.</translation>
        </message>
        <message>
            <source>Pick the month from a calendar</source>
            <translation>Ayı takvimden seç</translation>
        </message>
        <message>
            <source>Calendar: pick a day of the month</source>
            <translation>Takvim: ayın bir gününü seçin</translation>
        </message>
        <message>
            <source>Quarter or year</source>
            <translation>Çeyrek veya yıl</translation>
        </message>
        <message>
            <source>Months of the programme to date</source>
            <translation>Bugüne kadarki programın ayları</translation>
        </message>
        <message>
            <source>Period message</source>
            <translation>Dönemle ilgili ileti</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>New person</source>
            <translation>Yeni kişi</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Kişiyi düzenle</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Ad</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Soyadı</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Doğum tarihi</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>&amp;Cinsiyet</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Diller</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Ad</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Aile adı</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Doğum tarihi</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Cinsiyet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Durum değişikliği</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Not</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication.self</name>
        <message>
            <source>The old recovery code no longer works.</source>
            <translation>Eski kurtarma kodu artık çalışmıyor.</translation>
        </message>
    </context>
    <context>
        <name>RecordSentence</name>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Kişi</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Hedef</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Durum değişikliği</translation>
        </message>
        <message>
            <source>Dutch level</source>
            <translation>Hollandaca seviyesi</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Ziyaret</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puan</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Kaldırma</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <translation>%2 yılının %1. haftası</translation>
        </message>
        <message>
            <source>household of %1</source>
            <translation>hane büyüklüğü: %1</translation>
        </message>
        <message>
            <source>aged %1</source>
            <translation>yaş: %1</translation>
        </message>
        <message>
            <source>woman or girl</source>
            <translation>kadın veya kız</translation>
        </message>
        <message>
            <source>man or boy</source>
            <translation>erkek veya oğlan</translation>
        </message>
        <message>
            <source>gender X</source>
            <translation>cinsiyet X</translation>
        </message>
        <message>
            <source>gender not recorded</source>
            <translation>cinsiyet kaydedilmemiş</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Yetişkin</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Çocuk</translation>
        </message>
        <message>
            <source>Family in %1, %2, in the programme since %3</source>
            <translation>Aile — belediye: %1, %2, programa katılış: %3</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 (başlangıç: %2)</translation>
        </message>
        <message>
            <source>for one person</source>
            <translation>bir kişi için</translation>
        </message>
        <message>
            <source>for the whole family</source>
            <translation>tüm aile için</translation>
        </message>
        <message>
            <source>Goal in %1 %2, opened in %3</source>
            <translation>Hedef — alan: %1, %2, açılış: %3</translation>
        </message>
        <message>
            <source>The family's status became %1 in %2</source>
            <translation>Ailenin durumu %1 oldu (%2)</translation>
        </message>
        <message>
            <source>A goal's status became %1 in %2</source>
            <translation>Bir hedefin durumu %1 oldu (%2)</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>A1'in altında</translation>
        </message>
        <message>
            <source>Dutch at level %1 in %2</source>
            <translation>Hollandaca seviyesi: %1 (%2)</translation>
        </message>
        <message>
            <source>%1 in %2, %3 minutes</source>
            <translation>%1, %2, %3 dakika</translation>
        </message>
        <message>
            <source>Score %1 of 5 for %2 in %3</source>
            <translation>%2 alanında 5 üzerinden %1 puan (%3)</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family was erased</source>
            <translation>Daha önceki bir kaydı kaldırır: aile silindi</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family withdrew its consent</source>
            <translation>Daha önceki bir kaydı kaldırır: aile onayını geri çekti</translation>
        </message>
        <message>
            <source>Removes an earlier record that was deleted or corrected</source>
            <translation>Silinen veya düzeltilen daha önceki bir kaydı kaldırır</translation>
        </message>
        <message>
            <source>Removes an earlier record</source>
            <translation>Daha önceki bir kaydı kaldırır</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeBox</name>
        <message>
            <source>Recovery code</source>
            <translation>Kurtarma kodu</translation>
        </message>
        <message>
            <source>Make a new recovery code if the old one was lost or seen by someone else. The old code stops working.</source>
            <translation>Eski kod kaybolduysa veya başkası gördüyse yeni bir kurtarma kodu oluşturun. Eski kod artık çalışmaz.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>P&amp;arola:</translation>
        </message>
        <message>
            <source>Passphrase for a new recovery code</source>
            <translation>Yeni kurtarma kodu için parola</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Yeni kurtarma kodu oluştur</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Yeni kurtarma kodu</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Yazdır…</translation>
        </message>
        <message>
            <source>Print the new recovery code</source>
            <translation>Yeni kurtarma kodunu yazdır</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF olarak kaydet…</translation>
        </message>
        <message>
            <source>Save the new recovery code as PDF</source>
            <translation>Yeni kurtarma kodunu PDF olarak kaydet</translation>
        </message>
        <message>
            <source>Hide the code</source>
            <translation>Kodu gizle</translation>
        </message>
        <message>
            <source>Type your passphrase first.</source>
            <translation>Önce parolanızı yazın.</translation>
        </message>
        <message>
            <source>Making a new recovery code…</source>
            <translation>Yeni kurtarma kodu oluşturuluyor…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Unlock with your recovery code</source>
            <translation>Kurtarma kodunuzla kilidi açın</translation>
        </message>
        <message>
            <source>Type the recovery code from the sheet you printed or wrote down when you set up Coach Companion: 32 characters in 8 groups. Capitals, spaces and dashes do not matter.</source>
            <translation>Coach Companion'ı kurarken yazdırdığınız veya not ettiğiniz sayfadaki kurtarma kodunu yazın: 8 grupta 32 karakter. Büyük harf, boşluk ve tireler önemli değil.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Kurtarma kodu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Parolaya geri dön</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Kilidi aç</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Kurtarma koduyla kilidi aç</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Yeni bir parola seçin</translation>
        </message>
        <message>
            <source>Your data is open. Choose a new passphrase now: it opens your data from now on. Several words that belong together only for you work well.</source>
            <translation>Verileriniz açık. Şimdi yeni bir parola seçin: bundan sonra verilerinizi bu açacak. Yalnızca sizin için bir arada anlam taşıyan birkaç kelime iyi olur.</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Yeni parola:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Yeni parola</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Tekrar yazın:</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Yeni parolayı tekrar yazın</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Yeni parolayı ayarla</translation>
        </message>
        <message>
            <source>A new recovery code?</source>
            <translation>Yeni bir kurtarma kodu?</translation>
        </message>
        <message>
            <source>Your new passphrase is set. The recovery code you used still works. If anyone else may have seen it, make a new one: the old one then stops working.</source>
            <translation>Yeni parolanız ayarlandı. Kullandığınız kurtarma kodu hâlâ çalışıyor. Başka biri görmüş olabilirse yenisini oluşturun: eskisi o zaman çalışmaz.</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Yeni kurtarma kodu oluştur</translation>
        </message>
        <message>
            <source>Keep the current code</source>
            <translation>Mevcut kodu koru</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Yeni kurtarma kodu</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Yazdır…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Kurtarma kodunu yazdır</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF olarak kaydet…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Kurtarma kodunu PDF olarak kaydet</translation>
        </message>
        <message>
            <source>I have written down the new recovery code</source>
            <translation>Yeni kurtarma kodunu not ettim</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Devam</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%2 karakterden %1</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Kilit açılıyor…</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: see the advice under it.</source>
            <translation>Daha güçlü bir parola seçin: altındaki öneriye bakın.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>İki parola aynı değil.</translation>
        </message>
        <message>
            <source>Setting the new passphrase…</source>
            <translation>Yeni parola ayarlanıyor…</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Coach Companion: your recovery code</source>
            <translation>Coach Companion: kurtarma kodunuz</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens all the data in Coach Companion on your laptop. Anyone who has the laptop and this code can read everything.</source>
            <translation>Parolanızı unutursanız bu kod, dizüstü bilgisayarınızdaki Coach Companion'ın tüm verilerini açar. Dizüstü bilgisayara ve bu koda sahip olan herkes her şeyi okuyabilir.</translation>
        </message>
        <message>
            <source>Keep this sheet somewhere safe, away from the laptop. Do not carry them together.</source>
            <translation>Bu sayfayı dizüstü bilgisayardan uzakta, güvenli bir yerde saklayın. İkisini birlikte taşımayın.</translation>
        </message>
        <message>
            <source>The code was shown only once. If this sheet is lost or someone else has seen it, make a new recovery code in Settings; the old code then stops working.</source>
            <translation>Kod yalnızca bir kez gösterildi. Bu sayfa kaybolursa veya başka biri görürse Ayarlar'da yeni bir kurtarma kodu oluşturun; eski kod o zaman çalışmaz.</translation>
        </message>
        <message>
            <source>If you saved this sheet as a PDF file, print it, then delete the file. Do not keep the code on the laptop or send it by e-mail.</source>
            <translation>Bu sayfayı PDF dosyası olarak kaydettiyseniz yazdırın, ardından dosyayı silin. Kodu dizüstü bilgisayarda saklamayın ve e-postayla göndermeyin.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Kuruluş: %1</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Hazırlanma tarihi: %1</translation>
        </message>
        <message>
            <source>recovery-code.pdf</source>
            <translation>kurtarma-kodu.pdf</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Kurtarma kodunu PDF olarak kaydet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF dosyaları (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Kurtarma kodu</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1. Choose another place.</source>
            <translation>PDF %1 konumuna yazılamadı. Başka bir yer seçin.</translation>
        </message>
        <message>
            <source>The recovery code was saved as %1. Print it, then delete the file.</source>
            <translation>Kurtarma kodu %1 olarak kaydedildi. Yazdırın, ardından dosyayı silin.</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Kurtarma kodunu yazdır</translation>
        </message>
        <message>
            <source>The recovery code could not be printed. Check the printer and try again.</source>
            <translation>Kurtarma kodu yazdırılamadı. Yazıcıyı kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <source>The recovery code was sent to the printer.</source>
            <translation>Kurtarma kodu yazıcıya gönderildi.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Period: %1 (change it on the Dashboard tab).</source>
            <translation>Dönem: %1 (Gösterge paneli sekmesinde değiştirin).</translation>
        </message>
        <message>
            <source>Reports for funders and the evaluating university. They use the export threshold: counts below %1 are withheld.</source>
            <translation>Fon veren kurumlar ve değerlendirmeyi yapan üniversite için raporlar. Dışa aktarma eşiğini kullanırlar: %1 altındaki sayılar gizlenir.</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>Rapor &amp;dili:</translation>
        </message>
        <message>
            <source>Language of the PDF report</source>
            <translation>PDF raporunun dili</translation>
        </message>
        <message>
            <source>Save &amp;PDF report…</source>
            <translation>&amp;PDF raporunu kaydet…</translation>
        </message>
        <message>
            <source>Save the funder report as PDF</source>
            <translation>Fon veren kurum raporunu PDF olarak kaydet</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>&amp;CSV kaydet…</translation>
        </message>
        <message>
            <source>Save the summary as CSV</source>
            <translation>Özeti CSV olarak kaydet</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Raporu kaydet</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the report (%n page(s)) to %1.</source>
            <translation>
                <numerusform>Rapor (%n sayfa) %1 konumuna kaydedildi.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved the CSV to %1.</source>
            <translation>CSV, %1 konumuna kaydedildi.</translation>
        </message>
        <message>
            <source>Fetching the figures…</source>
            <translation>Rakamlar getiriliyor…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>Restore from the server</source>
            <extracomment>The HTTP transport (None: the network); tests and screenshots use the server's own.</extracomment>
            <translation>Sunucudan geri yükle</translation>
        </message>
        <message>
            <source>Use this on a new laptop that replaces a lost, stolen or broken one. Your project leader gives you an enrolment code for the laptop you replace; you also need your recovery code. The server keeps only an encrypted copy it cannot read.</source>
            <translation>Bunu kaybolan, çalınan ya da bozulan bir bilgisayarın yerine geçen yeni bir bilgisayarda kullanın. Proje lideriniz, değiştirdiğiniz bilgisayar için size bir kayıt kodu verir; kurtarma kodunuz da gerekir. Sunucu yalnızca okuyamadığı şifreli bir kopya saklar.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Sunucu adresi:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Sunucu adresi</translation>
        </message>
        <message>
            <source>&amp;Enrolment code:</source>
            <translation>&amp;Kayıt kodu:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kayıt kodu</translation>
        </message>
        <message>
            <source>Find my backup</source>
            <translation>Yedeğimi bul</translation>
        </message>
        <message>
            <source>← Set up a new, empty laptop instead</source>
            <translation>← Bunun yerine yeni, boş bir bilgisayar kur</translation>
        </message>
        <message>
            <source>Back to setting up a new laptop</source>
            <translation>Yeni bilgisayar kurulumuna dön</translation>
        </message>
        <message>
            <source>&amp;Recovery code:</source>
            <translation>&amp;Kurtarma kodu:</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Kurtarma kodu</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Yeni parola:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Yeni parola</translation>
        </message>
        <message>
            <source>Re&amp;peat passphrase:</source>
            <translation>Parolayı &amp;tekrarlayın:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Parolayı tekrarlayın</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Geri yükle</translation>
        </message>
        <message>
            <source>Recovery code lost? IT staff can restore this laptop with the organisation's key (coach-app recover --from-server).</source>
            <translation>Kurtarma kodunu mu kaybettiniz? BT personeli bu bilgisayarı kurumun anahtarıyla geri yükleyebilir (coach-app recover --from-server).</translation>
        </message>
        <message>
            <source>Enter the server address.</source>
            <translation>Sunucu adresini girin.</translation>
        </message>
        <message>
            <source>Downloading the encrypted backup…</source>
            <translation>Şifreli yedek indiriliyor…</translation>
        </message>
        <message>
            <source>Found the encrypted backup of %1 (%2). Type your recovery code and choose a new passphrase for this laptop.</source>
            <translation>%1 tarihli şifreli yedek (%2) bulundu. Kurtarma kodunuzu yazın ve bu bilgisayar için yeni bir parola seçin.</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Parola en az %1 karakter olmalıdır.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>Bu parola kolay tahmin edilir. Daha güçlüsünü seçin: öneriye bakın.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>İki parola aynı değil.</translation>
        </message>
        <message>
            <source>Opening and checking the backup…</source>
            <translation>Yedek açılıyor ve denetleniyor…</translation>
        </message>
        <message>
            <source>The server has no backup of the laptop this code names. Ask your project leader for a code for the laptop you replace (not for a new one).</source>
            <translation>Sunucuda bu kodun belirttiği bilgisayarın yedeği yok. Proje liderinizden değiştirdiğiniz bilgisayar için bir kod isteyin (yeni bir bilgisayar için değil).</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired; ask your project leader for a new one.</source>
            <translation>Kayıt kodu kabul edilmedi. Yanlış yazılmış, daha önce kullanılmış ya da süresi dolmuş olabilir; proje liderinizden yenisini isteyin.</translation>
        </message>
        <message>
            <source>This recovery code does not open this backup. Use the recovery code of the laptop you replace (the newest one, if you made a new one). Nothing was changed.</source>
            <translation>Bu kurtarma kodu bu yedeği açmıyor. Yerine yenisini aldığınız bilgisayarın kurtarma kodunu kullanın (yeni bir kod oluşturduysanız en yenisini). Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>The backup is damaged, incomplete or was changed, so it was refused. Nothing was changed on this laptop. Try again; if it happens again, tell your project leader.</source>
            <translation>Yedek hasarlı, eksik ya da değiştirilmiş olduğu için reddedildi. Bu bilgisayarda hiçbir şey değiştirilmedi. Yeniden deneyin; yine olursa proje liderinize bildirin.</translation>
        </message>
    </context>
    <context>
        <name>RevokeConfirmation</name>
        <message>
            <source>Revoke a laptop</source>
            <translation>Bir dizüstü bilgisayarı iptal et</translation>
        </message>
        <message>
            <source>Revoke the laptop of %1?</source>
            <translation>%1 adlı kişinin dizüstü bilgisayarı iptal edilsin mi?</translation>
        </message>
        <message>
            <source>This laptop (device %1) will no longer be able to send records to the server. What it has sent already stays. To sync again, the coach needs a new enrolment code. This cannot be undone.</source>
            <translation>Bu dizüstü bilgisayar (cihaz %1) artık sunucuya kayıt gönderemeyecek. Daha önce gönderdikleri saklanır. Yeniden eşitlemek için koçun yeni bir kayıt koduna ihtiyacı olur. Bu işlem geri alınamaz.</translation>
        </message>
        <message>
            <source>&amp;Revoke laptop</source>
            <translation>Dizüstü bilgisayarı &amp;iptal et</translation>
        </message>
        <message>
            <source>Revoke this laptop</source>
            <translation>Bu dizüstü bilgisayarı iptal et</translation>
        </message>
        <message>
            <source>&amp;Keep it enrolled</source>
            <translation>Kayıtlı &amp;kalsın</translation>
        </message>
        <message>
            <source>Keep this laptop enrolled</source>
            <translation>Bu dizüstü bilgisayar kayıtlı kalsın</translation>
        </message>
    </context>
    <context>
        <name>ServerBox</name>
        <message>
            <source>Server and enrolment</source>
            <translation>Sunucu ve kayıt</translation>
        </message>
        <message>
            <source>Anonymised progress records go to your organisation's server once this laptop is enrolled with a code from your project leader. Enrolling, the sync status and what will be sent are on the Sync screen.</source>
            <translation>Bu dizüstü bilgisayar proje liderinizden aldığınız bir kodla kaydedildiğinde anonimleştirilmiş ilerleme kayıtları kuruluşunuzun sunucusuna gider. Kayıt, eşitleme durumu ve gönderilecekler Eşitleme ekranındadır.</translation>
        </message>
        <message>
            <source>Enrol this laptop or see the sync status…</source>
            <translation>Bu bilgisayarı kaydet veya eşitleme durumunu gör…</translation>
        </message>
        <message>
            <source>Open the Sync screen to enrol this laptop</source>
            <translation>Bu bilgisayarı kaydetmek için Eşitleme ekranını aç</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Ayarlar</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Replacing a laptop? Restore from the server</source>
            <translation>Bir bilgisayarı mı değiştiriyorsunuz? Sunucudan geri yükleyin</translation>
        </message>
        <message>
            <source>Restore from the server</source>
            <translation>Sunucudan geri yükle</translation>
        </message>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Proje lideri misiniz? Sunucuda oturum açın</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Proje lideri girişi</translation>
        </message>
        <message>
            <source>Welcome to Coach Companion</source>
            <translation>Coach Companion'a hoş geldiniz</translation>
        </message>
        <message>
            <source>Everything you record stays on this laptop, encrypted with your passphrase. Choose a passphrase of at least %1 characters that only you know.</source>
            <translation>Kaydettiğiniz her şey bu dizüstü bilgisayarda, parolanızla şifrelenmiş olarak kalır. Yalnızca sizin bildiğiniz, en az %1 karakterlik bir parola seçin.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Dil:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Dil</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Parola:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Parola</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>Parolayı &amp;tekrarlayın:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Parolayı tekrarlayın</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Oluştur</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Kurtarma kodunuz</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Yazdır…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Kurtarma kodunu yazdır</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF olarak kaydet…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Kurtarma kodunu PDF olarak kaydet</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens your data. It is shown only now. Write it down and keep it somewhere safe, away from this laptop.</source>
            <translation>Parolanızı unutursanız verilerinizi bu kod açar. Yalnızca şimdi gösterilir. Bir yere yazın ve bu bilgisayardan uzakta, güvenli bir yerde saklayın.</translation>
        </message>
        <message>
            <source>I have written down the recovery code</source>
            <translation>Kurtarma kodunu yazdım</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Devam</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Parola en az %1 karakter olmalıdır.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>Bu parola kolay tahmin edilir. Daha güçlüsünü seçin: öneriye bakın.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>İki parola aynı değil.</translation>
        </message>
        <message>
            <source>Setting up encryption…</source>
            <translation>Şifreleme kuruluyor…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Save the visit (visit editor)</source>
            <translation>Ziyareti kaydet (ziyaret ekranında)</translation>
        </message>
        <message>
            <source>Next field</source>
            <translation>Sonraki alan</translation>
        </message>
        <message>
            <source>Close a dialog without saving</source>
            <translation>Pencereyi kaydetmeden kapat</translation>
        </message>
        <message>
            <source>Open the selected family or visit</source>
            <translation>Seçili aileyi veya ziyareti aç</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Klavye kısayolları</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>İş</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tuşlar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Kısayol listesini kapat</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Sections</source>
            <translation>Bölümler</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Coach Companion is already open for this data folder. Its window has been brought to the front. Only one window can use the data at a time, so that nothing is lost.</source>
            <translation>Coach Companion bu veri klasörü için zaten açık. Penceresi öne getirildi. Hiçbir şey kaybolmasın diye verilerle aynı anda yalnızca bir pencere çalışabilir.</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Only one can use the data at a time, so that nothing is lost. Switch to the open window, or wait until the IT tool has finished, then try again.</source>
            <translation>Coach Companion bu veri klasörü için zaten açık veya bir BT aracı üzerinde çalışıyor. Hiçbir şey kaybolmasın diye verilerle aynı anda yalnızca biri çalışabilir. Açık pencereye geçin veya BT aracı işini bitirene kadar bekleyin, sonra yeniden deneyin.</translation>
        </message>
        <message>
            <source>Coach Companion</source>
            <translation>Coach Companion</translation>
        </message>
    </context>
    <context>
        <name>SlowWork</name>
        <message>
            <source>This backup is damaged, was changed, or was made with another key (for example before the data was re-encrypted). Nothing was changed.</source>
            <translation>Bu yedek bozuk, değiştirilmiş veya başka bir anahtarla alınmış (örneğin veriler yeniden şifrelenmeden önce). Hiçbir şey değiştirilmedi.</translation>
        </message>
        <message>
            <source>Another task is still running. Wait a moment and try again.</source>
            <translation>Başka bir işlem hâlâ sürüyor. Biraz bekleyip yeniden deneyin.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Coach Companion cannot start: the settings file your organisation installed on this laptop has a mistake.</source>
            <translation>Coach Companion başlatılamıyor: kuruluşunuzun bu dizüstü bilgisayara yüklediği ayar dosyasında bir hata var.</translation>
        </message>
        <message>
            <source>Your data is safe and unchanged. Please contact your IT staff and tell them what the details say.</source>
            <translation>Verileriniz güvende ve değişmedi. Lütfen BT personelinize başvurun ve ayrıntılarda yazanları iletin.</translation>
        </message>
    </context>
    <context>
        <name>StatusChoiceDelegate</name>
        <message>
            <source>New status</source>
            <translation>Yeni durum</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>The server could not be reached. Nothing is lost: the records wait on this laptop and are sent when the network is back.</source>
            <translation>Sunucuya ulaşılamadı. Hiçbir şey kaybolmaz: kayıtlar bu dizüstü bilgisayarda bekler ve ağ geri geldiğinde gönderilir.</translation>
        </message>
        <message>
            <source>The server took too long to answer. Nothing is lost: the records are sent again later.</source>
            <translation>Sunucu çok geç yanıt verdi. Hiçbir şey kaybolmaz: kayıtlar daha sonra yeniden gönderilir.</translation>
        </message>
        <message>
            <source>The server had a problem. Nothing is lost: the records are sent again later.</source>
            <translation>Sunucuda bir sorun oluştu. Hiçbir şey kaybolmaz: kayıtlar daha sonra yeniden gönderilir.</translation>
        </message>
        <message>
            <source>This laptop may no longer send records: its access was withdrawn. Ask your project leader for a new enrolment code and enrol again.</source>
            <translation>Bu dizüstü bilgisayar artık kayıt gönderemez: erişimi geri alındı. Proje liderinizden yeni bir kayıt kodu isteyin ve yeniden kaydolun.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). Nothing is lost: the records are sent again later.</source>
            <translation>Sunucu beklenmedik bir yanıt verdi (belki önce oturum açmanızı isteyen bir ağ). Hiçbir şey kaybolmaz: kayıtlar daha sonra yeniden gönderilir.</translation>
        </message>
        <message>
            <source>The server is busy. Nothing is lost: the records are sent again later.</source>
            <translation>Sunucu meşgul. Hiçbir şey kaybolmaz: kayıtlar daha sonra yeniden gönderilir.</translation>
        </message>
        <message>
            <source>The server did not accept this laptop's requests; it may need an update. Nothing is lost: the records wait on this laptop. Please tell your project leader.</source>
            <translation>Sunucu bu dizüstü bilgisayarın isteklerini kabul etmedi; güncellenmesi gerekebilir. Hiçbir şey kaybolmaz: kayıtlar bu dizüstü bilgisayarda bekler. Lütfen proje liderinize bildirin.</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired.</source>
            <translation>Kayıt kodu kabul edilmedi. Yanlış yazılmış, kullanılmış veya süresi dolmuş olabilir.</translation>
        </message>
        <message>
            <source>The server address must start with http:// or https://.</source>
            <translation>Sunucu adresi http:// veya https:// ile başlamalıdır.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>Sunucu adresi https:// ile başlamalıdır. Düz http:// yalnızca bu bilgisayarın kendisi için kullanılabilir.</translation>
        </message>
        <message>
            <source>The server still holds something other than this laptop after sending again. Nothing is lost on this laptop; it tries again at the next sync. If this stays, please tell your project leader.</source>
            <translation>Sunucu, yeniden gönderdikten sonra da bu dizüstü bilgisayardakinden farklı bir şey tutuyor. Bu dizüstü bilgisayarda hiçbir şey kaybolmaz; bir sonraki eşitlemede yeniden dener. Bu durum sürerse lütfen proje liderinize bildirin.</translation>
        </message>
        <message>
            <source>Sync did not work this time. Nothing is lost.</source>
            <translation>Eşitleme bu sefer çalışmadı. Hiçbir şey kaybolmaz.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept in the field %1.</source>
            <translation>Sunucu %1 alanında kabul edemediği bir değer buldu.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept.</source>
            <translation>Sunucu kabul edemediği bir değer buldu.</translation>
        </message>
        <message>
            <source>The server already holds this version of the record with other contents.</source>
            <translation>Sunucuda kaydın bu sürümü farklı bir içerikle zaten var.</translation>
        </message>
        <message>
            <source>The server holds this record as another kind of record.</source>
            <translation>Sunucu bu kaydı başka türde bir kayıt olarak tutuyor.</translation>
        </message>
        <message>
            <source>Held back: the family is being handed over to another laptop.</source>
            <translation>Bekletiliyor: aile başka bir dizüstü bilgisayara devrediliyor.</translation>
        </message>
        <message>
            <source>The server refused this record.</source>
            <translation>Sunucu bu kaydı reddetti.</translation>
        </message>
        <message>
            <source>Record and the server's reason</source>
            <translation>Kayıt ve sunucunun gerekçesi</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Gönderilecekler</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tür</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Sürüm</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sending…</source>
            <translation>Gönderiliyor…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Eşitleme</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Şimdi eşitle</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Eşitleme durumu</translation>
        </message>
        <message>
            <source>Enrol this laptop</source>
            <translation>Bu dizüstü bilgisayarı kaydet</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Sunucu adresi</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Kayıt kodu</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Kaydol</translation>
        </message>
        <message>
            <source>What will be sent (anonymised: no names, no notes)</source>
            <translation>Gönderilecekler (anonimleştirilmiş: ad yok, not yok)</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Gönderilecekler</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Ayrıntılar</translation>
        </message>
        <message>
            <source>Show the selected record exactly as it is sent</source>
            <translation>Seçili kaydı tam olarak gönderildiği gibi göster</translation>
        </message>
        <message>
            <source>The selected record as it is sent</source>
            <translation>Seçili kaydın gönderildiği hali</translation>
        </message>
        <message>
            <source>Choose a record above to see it exactly as it is sent.</source>
            <translation>Tam olarak gönderildiği gibi görmek için yukarıdan bir kayıt seçin.</translation>
        </message>
        <message>
            <source>Records the server refused</source>
            <translation>Sunucunun reddettiği kayıtlar</translation>
        </message>
        <message>
            <source>Send refused records again</source>
            <translation>Reddedilen kayıtları yeniden gönder</translation>
        </message>
        <message>
            <source>This laptop is enrolled with the server %1.</source>
            <translation>Bu dizüstü bilgisayar %1 sunucusuna kayıtlı.</translation>
        </message>
        <message>
            <source>Enrolled. This laptop now sends to the server %1.</source>
            <translation>Kayıt tamamlandı. Bu dizüstü bilgisayar artık %1 sunucusuna gönderiyor.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled yet. Enter the server address and an enrolment code from your project leader.</source>
            <translation>Bu dizüstü bilgisayar henüz kayıtlı değil. Sunucu adresini ve proje liderinizden aldığınız kayıt kodunu girin.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) waiting to be sent.</source>
            <translation>
                <numerusform>Gönderilmeyi bekleyen %n kayıt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) refused by the server (see below).</source>
            <translation>
                <numerusform>Sunucu tarafından reddedilen %n kayıt (aşağıya bakın).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Son başarılı eşitleme: %1</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Henüz hiçbir şey gönderilmedi.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Son sorun: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Ne</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kim</translation>
        </message>
        <message>
            <source>Status or level</source>
            <translation>Durum veya seviye</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programdaki durum</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Hedef: %1</translation>
        </message>
        <message>
            <source>Dutch level (CEFR)</source>
            <translation>Hollandaca seviyesi (CEFR)</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Tüm aile</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>What happened and when, newest first: the programme status, every status of every goal and the Dutch levels, each on the day it happened.</source>
            <translation>Ne olduğu ve ne zaman olduğu, en yenisi önce: program durumu, her hedefin her durumu ve Hollandaca seviyeleri, her biri gerçekleştiği günde.</translation>
        </message>
        <message>
            <source>History, newest first</source>
            <translation>Geçmiş, en yenisi önce</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Sil…</translation>
        </message>
        <message>
            <source>Change date or level…</source>
            <translation>Tarihi veya seviyeyi değiştir…</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Tarihi değiştir…</translation>
        </message>
        <message>
            <source>Select an entry of the history first.</source>
            <translation>Önce geçmişten bir kayıt seçin.</translation>
        </message>
        <message>
            <source>Correct the date of the selected entry (Enter or F2).</source>
            <translation>Seçili kaydın tarihini düzeltin (Enter veya F2).</translation>
        </message>
        <message>
            <source>Correct the date or the level of the selected entry (Enter or F2).</source>
            <translation>Seçili kaydın tarihini veya seviyesini düzeltin (Enter veya F2).</translation>
        </message>
        <message>
            <source>Delete the selected entry, after a question (Delete key).</source>
            <translation>Seçili kaydı bir sorudan sonra silin (Delete tuşu).</translation>
        </message>
        <message>
            <source>Delete a history entry</source>
            <translation>Geçmişten bir kaydı sil</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Tamamlandı olarak işaretle</translation>
        </message>
        <message>
            <source>Mark the selected follow-up action as done</source>
            <translation>Seçili takip eylemini tamamlandı olarak işaretle</translation>
        </message>
        <message>
            <source>&amp;Move to:</source>
            <translation>&amp;Yeni tarih:</translation>
        </message>
        <message>
            <source>New due date for the selected action</source>
            <translation>Seçili eylem için yeni tarih</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Taşı</translation>
        </message>
        <message>
            <source>Move the selected follow-up action to the new due date</source>
            <translation>Seçili takip eylemini yeni tarihe taşı</translation>
        </message>
        <message numerus="yes">
            <source>Visits planned (%n)</source>
            <translation>
                <numerusform>Planlanan ziyaretler (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held today: %n</source>
            <translation>
                <numerusform>bugün yapılan: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No visits planned in the next %1 days. To plan one, open a family and choose New visit (Ctrl+N).</source>
            <translation>Önümüzdeki %1 gün içinde planlanmış ziyaret yok. Ziyaret planlamak için bir aileyi açın ve Yeni ziyaret'i (Ctrl+N) seçin.</translation>
        </message>
        <message numerus="yes">
            <source>Follow-up actions to do (%n)</source>
            <translation>
                <numerusform>Yapılacak takip eylemleri (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up actions due in the next %1 days, none overdue. Actions you agree during a visit appear here when they are due.</source>
            <translation>Önümüzdeki %1 gün içinde takip eylemi yok, geciken de yok. Ziyarette kararlaştırdığınız eylemler zamanı gelince burada görünür.</translation>
        </message>
        <message>
            <source>Follow-up actions to do</source>
            <translation>Yapılacak takip eylemleri</translation>
        </message>
        <message>
            <source>No open goals with a target date in the next %1 days. Give a goal a target date on the family's Goals tab to see it here.</source>
            <translation>Önümüzdeki %1 gün içinde hedef tarihi olan açık hedef yok. Burada görmek için ailenin Hedefler sekmesinde bir hedefe hedef tarihi verin.</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Planlanan ziyaretler</translation>
        </message>
        <message numerus="yes">
            <source>Goals near their target date (%n)</source>
            <translation>
                <numerusform>Hedef tarihi yaklaşan hedefler (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Goals near their target date</source>
            <translation>Hedef tarihi yaklaşan hedefler</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Proje lideri misiniz? Sunucuda oturum açın</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Proje lideri girişi</translation>
        </message>
        <message>
            <source>Coach Companion is locked</source>
            <translation>Coach Companion kilitli</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Parola:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Parola</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Kilidi aç</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use your recovery code</source>
            <translation>Parolanızı mı unuttunuz? Kurtarma kodunuzu kullanın</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Kurtarma koduyla kilidi aç</translation>
        </message>
        <message>
            <source>Demo data. The demo passphrase is: %1</source>
            <translation>Demo verileri. Demo parolası: %1</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Parolanızı yazın.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Kilit açılıyor…</translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message>
            <source>New visit</source>
            <translation>Yeni ziyaret</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Ziyareti düzenle</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Kaydet</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Ziyareti kaydet</translation>
        </message>
        <message>
            <source>Save the visit (Ctrl+S)</source>
            <translation>Ziyareti kaydet (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>İptal</translation>
        </message>
        <message>
            <source>Restored draft</source>
            <translation>Geri yüklenen taslak</translation>
        </message>
        <message>
            <source>What you typed earlier (last kept %1) was not saved yet and has been restored. Check it and save the visit.</source>
            <translation>Daha önce yazdıklarınız (en son %1 tarihinde saklandı) henüz kaydedilmemişti ve geri yüklendi. Kontrol edip ziyareti kaydedin.</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notlar: %1</translation>
        </message>
        <message>
            <source>Follow-up action %1: %2</source>
            <translation>Takip işi %1: %2</translation>
        </message>
        <message>
            <source>Note on the goal “%1”: %2</source>
            <translation>“%1” hedefine not: %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Yükleniyor…</translation>
        </message>
        <message>
            <source>This is too long to keep as a draft; shorten it.</source>
            <translation>Bu, taslak olarak saklanamayacak kadar uzun; kısaltın.</translation>
        </message>
        <message>
            <source>Draft kept</source>
            <translation>Taslak saklandı</translation>
        </message>
        <message>
            <source>The draft could not be kept; it is retried as you type.</source>
            <translation>Taslak saklanamadı; siz yazdıkça yeniden denenecek.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Kaydediliyor…</translation>
        </message>
        <message>
            <source>This visit or one of its goals was changed elsewhere after you opened it, so nothing was saved. What you typed is kept as a draft. Cancel, choose 'Keep as draft', and open the visit again to see the latest version.</source>
            <translation>Bu ziyaret veya hedeflerinden biri siz açtıktan sonra başka bir yerde değiştirildi, bu yüzden hiçbir şey kaydedilmedi. Yazdıklarınız taslak olarak saklandı. İptal'e basın, 'Taslak olarak sakla'yı seçin ve en son hâli görmek için ziyareti yeniden açın.</translation>
        </message>
        <message>
            <source>A goal cannot change to the status you chose. Choose another status.</source>
            <translation>Bir hedef seçtiğiniz duruma geçemez. Başka bir durum seçin.</translation>
        </message>
        <message>
            <source>This family or visit no longer exists, so the visit was not saved.</source>
            <translation>Bu aile veya ziyaret artık yok, bu yüzden ziyaret kaydedilmedi.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Takip işi</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Hedefe ilerleme notu</translation>
        </message>
        <message>
            <source>Something you typed is longer than a visit can hold (%1: at most %2 characters). Shorten it and save again; what you typed is kept as a draft.</source>
            <translation>Yazdığınız bir şey bir ziyaretin alabileceğinden uzun (%1: en fazla %2 karakter). Kısaltıp yeniden kaydedin; yazdıklarınız taslak olarak saklanır.</translation>
        </message>
        <message>
            <source>Please check the visit: %1</source>
            <translation>Lütfen ziyareti kontrol edin: %1</translation>
        </message>
        <message>
            <source>Close the visit</source>
            <translation>Ziyareti kapat</translation>
        </message>
        <message>
            <source>This visit is not saved. What should happen to what you typed?</source>
            <translation>Bu ziyaret kaydedilmedi. Yazdıklarınıza ne olsun?</translation>
        </message>
        <message>
            <source>Throw it away</source>
            <translation>Yazılanları sil</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Taslak olarak sakla</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Düzenlemeye devam et</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <source>Follow-up action</source>
            <translation>Takip işi</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Hedefe ilerleme notu</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Tarih ve saat:</translation>
        </message>
        <message>
            <source>Date and time of the visit</source>
            <translation>Ziyaretin tarihi ve saati</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>S&amp;üre:</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Dakika olarak süre</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Nerede:</translation>
        </message>
        <message>
            <source>Kind of visit</source>
            <translation>Ziyaret türü</translation>
        </message>
        <message>
            <source>&amp;People present</source>
            <translation>&amp;Katılanlar</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>Katılanlar</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Konular</translation>
        </message>
        <message>
            <source>Topics discussed</source>
            <translation>Konuşulan konular</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notlar</translation>
        </message>
        <message>
            <source>Visit notes</source>
            <translation>Ziyaret notları</translation>
        </message>
        <message>
            <source>&amp;Follow-up actions</source>
            <translation>&amp;Takip işleri</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Takip işleri</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Hedefler</translation>
        </message>
        <message>
            <source>Goal updates</source>
            <translation>Hedeflerdeki gelişmeler</translation>
        </message>
        <message>
            <source> min</source>
            <translation> dk</translation>
        </message>
        <message>
            <source>What did you talk about? What was agreed?</source>
            <translation>Ne konuştunuz? Ne kararlaştırıldı?</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>İş ekle</translation>
        </message>
        <message>
            <source>Add a follow-up action</source>
            <translation>Bir takip işi ekle</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>İşi sil</translation>
        </message>
        <message>
            <source>Remove the selected follow-up action</source>
            <translation>Seçili takip işini sil</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <source>Date</source>
            <translation>Tarih</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Biçim</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Dakika</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Konular</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notlar</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Açık takip işleri</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Ne zaman</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Nerede</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Süre</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Durum</translation>
        </message>
        <message>
            <source>Today %1</source>
            <translation>Bugün %1</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n dakika</numerusform>
            </translation>
        </message>
        <message>
            <source>Held today</source>
            <translation>Bugün yapıldı</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planlandı</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;Yeni ziyaret</translation>
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation>Ziyaretler, en yenisi önce</translation>
        </message>
    </context>
    <context>
        <name>_LimitTexts</name>
        <message numerus="yes">
            <source>%n character(s) too many: at most %1 fit. Shorten it; nothing you typed is lost.</source>
            <translation>
                <numerusform>%n karakter fazla: en fazla %1 karakter sığar. Kısaltın; yazdığınız hiçbir şey kaybolmaz.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>The code is %n character(s) too short. Check that no group is missing.</source>
            <translation>
                <numerusform>Kod %n karakter kısa. Hiçbir grubun eksik olmadığını kontrol edin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The code has %n character(s) too many. Check that no group was typed twice.</source>
            <translation>
                <numerusform>Kodda %n fazla karakter var. Hiçbir grubun iki kez yazılmadığını kontrol edin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Çok fazla hatalı deneme. %n saniye bekleyip yeniden deneyin.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_SectionBox</name>
        <message numerus="yes">
            <source>%n withheld value(s) are not drawn: their bars are left out (a gap), not drawn as zero or as a number.</source>
            <extracomment>Pixels of the row-label column before its labels wrap. Pixels of table width up to which its chart stands beside it (else below it). Milliseconds between the last change of period and the request. Milliseconds between fetches while the server is still including newer records.</extracomment>
            <translation>
                <numerusform>Gizlenen %n değer çizilmez: çubukları boş bırakılır, sıfır veya sayı olarak çizilmez.</numerusform>
            </translation>
        </message>
    </context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
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
            <source>Search by name or municipality</source>
            <translation>Ada veya belediyeye göre ara</translation>
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
        <name>FamilyPage</name>
        <message>
            <source>Family</source>
            <translation>Aile</translation>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Coach Companion</source>
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
            <source>Sections</source>
            <translation>Bölümler</translation>
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
            <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
            <translation>Çok fazla yanlış deneme. %1 saniye bekleyip tekrar deneyin.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Parola doğru değil. Caps Lock tuşunu kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <source>That recovery code is not right. Check every group and try again.</source>
            <translation>Kurtarma kodu doğru değil. Her grubu kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>Verilerinizin anahtar dosyası (vault.json) bozulmuş veya değiştirilmiş. Hiçbir şey açılmadı. BT sorumlunuzdan dosyayı geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>Veritabanı dosyası (coach.db) bozulmuş veya bu anahtar dosyasına ait değil. Hiçbir şey değiştirilmedi. BT sorumlunuzdan bir yedeği geri yüklemesini isteyin.</translation>
        </message>
        <message>
            <source>Your data could not be read or written (disk full or no permission?).</source>
            <translation>Verileriniz okunamadı veya yazılamadı (disk dolu mu, izin yok mu?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Bir sorun oluştu (%1). Hiçbir şey kaybolmadı; lütfen tekrar deneyin.</translation>
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
            <source>Too short</source>
            <translation>Çok kısa</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>Zayıf: daha fazla kelime ekleyin</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Orta</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Güçlü</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Parola en az %1 karakter olmalıdır.</translation>
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
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Eşitleme</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Bugün</translation>
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
</TS>
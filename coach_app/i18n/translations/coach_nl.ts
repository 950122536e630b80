<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
    <context>
        <name>About</name>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>For coaches who visit families at home. Everything you record stays on this laptop, encrypted; only anonymised progress records are sent, with the family's consent.</source>
            <translation>Voor coaches die gezinnen thuis bezoeken. Alles wat u vastlegt blijft versleuteld op deze laptop; alleen geanonimiseerde voortgangsgegevens worden verstuurd, met toestemming van het gezin.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisatie: %1</translation>
        </message>
        <message>
            <source>Help &gt; User guide (F1) explains every screen.</source>
            <translation>Help &gt; Handleiding (F1) legt elk scherm uit.</translation>
        </message>
        <message>
            <source>About Coach Companion</source>
            <translation>Over Coach Companion</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Gegevensmap: %1</translation>
        </message>
        <message>
            <source>Deployment file: %1</source>
            <translation>Installatiebestand: %1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisatie: %1</translation>
        </message>
    </context>
    <context>
        <name>AppMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Be&amp;eld</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>New &amp;family…</source>
            <translation>Nieuw &amp;gezin…</translation>
        </message>
        <message>
            <source>New &amp;visit…</source>
            <translation>Nieuw &amp;bezoek…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Vergrendelen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Vandaag</translation>
        </message>
        <message>
            <source>F&amp;amilies</source>
            <translation>&amp;Gezinnen</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisatie</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>&amp;Find a family…</source>
            <translation>Gezin &amp;zoeken…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;About Coach Companion</source>
            <translation>&amp;Over Coach Companion</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsChart</name>
        <message>
            <source>Score (1-5)</source>
            <translation>Score (1-5)</translation>
        </message>
        <message>
            <source>No scores yet. Record a score above to see the progress over time.</source>
            <translation>Nog geen scores. Leg hierboven een score vast om de voortgang in de tijd te zien.</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Scores in de tijd</translation>
        </message>
        <message>
            <source>Chart of scores over time per life domain</source>
            <translation>Grafiek van scores in de tijd per levensgebied</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Levensgebied</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsTab</name>
        <message>
            <source>Record a score (1 = not self-reliant, 5 = fully)</source>
            <translation>Score vastleggen (1 = niet zelfredzaam, 5 = helemaal)</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Levensgebied</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Voor wie</translation>
        </message>
        <message>
            <source>Score from 1 to 5</source>
            <translation>Score van 1 tot 5</translation>
        </message>
        <message>
            <source>Date of the score</source>
            <translation>Datum van de score</translation>
        </message>
        <message>
            <source>Save score</source>
            <translation>Score opslaan</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Record an adult's level of Dutch (CEFR)</source>
            <translation>Niveau Nederlands van een volwassene vastleggen (ERK)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Volwassene</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Niveau Nederlands (ERK)</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Datum van het niveau</translation>
        </message>
        <message>
            <source>Save level</source>
            <translation>Niveau opslaan</translation>
        </message>
        <message>
            <source>Levels of Dutch recorded</source>
            <translation>Vastgelegde niveaus Nederlands</translation>
        </message>
        <message>
            <source>People who are 18 or over on the level's date (without a birth date: those whose role is Adult).</source>
            <translation>Personen die op de datum van het niveau 18 jaar of ouder zijn (zonder geboortedatum: wie de rol Volwassene heeft).</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Hele gezin</translation>
        </message>
        <message>
            <source>Saved: %1 for %2 on %3.</source>
            <translation>Opgeslagen: %1 voor %2 op %3.</translation>
        </message>
    </context>
    <context>
        <name>AutoLockBox</name>
        <message>
            <source>Automatic lock</source>
            <translation>Automatisch vergrendelen</translation>
        </message>
        <message>
            <source>Lock after &amp;minutes without use:</source>
            <translation>Vergrendelen na &amp;minuten zonder gebruik:</translation>
        </message>
        <message>
            <source>Minutes before the automatic lock</source>
            <translation>Minuten tot het automatisch vergrendelen</translation>
        </message>
        <message numerus="yes">
            <source>Your organisation's policy allows at most %n minutes.</source>
            <translation>
                <numerusform>Het beleid van uw organisatie staat hoogstens %n minuut toe.</numerusform>
                <numerusform>Het beleid van uw organisatie staat hoogstens %n minuten toe.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>De automatische back-up is mislukt: %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>Encrypted backups are made automatically every day and before updates. The newest 10 are kept, and one for each of the last 6 months.</source>
            <translation>Versleutelde back-ups worden elke dag en voor elke update automatisch gemaakt. De nieuwste 10 blijven bewaard, en één voor elk van de laatste 6 maanden.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Nu back-up maken</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Terugzetten…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>De gekozen back-up terugzetten</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Yes, restore this backup</source>
            <translation>Ja, deze back-up terugzetten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Niet terugzetten</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Choose a folder on another drive…</source>
            <translation>Kies een map op een andere schijf…</translation>
        </message>
        <message>
            <source>Choose a second folder for backups</source>
            <translation>Kies een tweede map voor back-ups</translation>
        </message>
        <message>
            <source>Stop copying</source>
            <translation>Stoppen met kopiëren</translation>
        </message>
        <message>
            <source>Stop copying backups to the second folder</source>
            <translation>Stoppen met back-ups naar de tweede map kopiëren</translation>
        </message>
        <message>
            <source>The backups are only on this laptop. Choose a folder on another drive (a USB stick or a network folder) so a lost or broken laptop does not take them along.</source>
            <translation>De back-ups staan alleen op deze laptop. Kies een map op een andere schijf (een USB-stick of een netwerkmap), zodat een verloren of kapotte laptop ze niet meeneemt.</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1 (set by your organisation).</source>
            <translation>Kopieën van de back-ups gaan ook naar %1 (ingesteld door uw organisatie).</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1.</source>
            <translation>Kopieën van de back-ups gaan ook naar %1.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive for copies of the backups</source>
            <translation>Kies een map op een andere schijf voor kopieën van de back-ups</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Back-up maken…</translation>
        </message>
        <message>
            <source>Backup made: %1.</source>
            <translation>Back-up gemaakt: %1.</translation>
        </message>
        <message>
            <source>Restore the backup of %1? Everything recorded after it will be lost. Make a backup now first if you are not sure.</source>
            <translation>De back-up van %1 terugzetten? Alles wat daarna is vastgelegd, gaat verloren. Maak eerst een back-up als u twijfelt.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Back-up terugzetten…</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>De back-up van %1 is teruggezet.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
    </context>
    <context>
        <name>ConsentHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Ingetrokken door het gezin</translation>
        </message>
    </context>
    <context>
        <name>ConsentStateModel</name>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Nog niet gevraagd</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Ingetrokken door het gezin</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Record or withdraw consent</source>
            <translation>Toestemming vastleggen of intrekken</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Soort</translation>
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation>D&amp;atum</translation>
        </message>
        <message>
            <source>Recorded &amp;by</source>
            <translation>Vastgelegd &amp;door</translation>
        </message>
        <message>
            <source>&amp;Remark</source>
            <translation>&amp;Opmerking</translation>
        </message>
        <message>
            <source>Kind of consent</source>
            <translation>Soort toestemming</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Datum van toestemming</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Toestemming gegeven</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Toestemming intrekken</translation>
        </message>
        <message>
            <source>History (never deleted)</source>
            <translation>Geschiedenis (wordt nooit verwijderd)</translation>
        </message>
        <message>
            <source>Current consent</source>
            <translation>Huidige toestemming</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Geschiedenis van toestemming</translation>
        </message>
        <message>
            <source>Record that the family withdraws its consent for: %1? The history is kept.</source>
            <translation>Vastleggen dat het gezin de toestemming intrekt voor: %1? De geschiedenis blijft bewaard.</translation>
        </message>
        <message>
            <source>Keep the consent</source>
            <translation>Toestemming houden</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Fetching the summary…</source>
            <translation>De cijfers worden opgehaald…</translation>
        </message>
        <message>
            <source>Fetching the months…</source>
            <translation>De maanden worden opgehaald…</translation>
        </message>
        <message>
            <source>Each month counts the families that were in the programme that month, by their status at the end of the month.</source>
            <translation>Elke maand telt de gezinnen die die maand in het programma zaten, naar hun status aan het eind van de maand.</translation>
        </message>
        <message numerus="yes">
            <source>This period has %n months. The view month by month shows at most 24 months: choose a shorter period to see it.</source>
            <translation>
                <numerusform>Deze periode heeft %n maand. Het overzicht maand voor maand toont hoogstens 24 maanden: kies een kortere periode om het te zien.</numerusform>
                <numerusform>Deze periode heeft %n maanden. Het overzicht maand voor maand toont hoogstens 24 maanden: kies een kortere periode om het te zien.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>Programme to date (%1)</source>
            <translation>Programma tot nu toe (%1)</translation>
        </message>
        <message>
            <source>%1; counts below %2 are withheld.</source>
            <translation>%1; aantallen onder %2 worden afgeschermd.</translation>
        </message>
        <message>
            <source>Records received up to %1.</source>
            <translation>Gegevens ontvangen tot %1.</translation>
        </message>
        <message>
            <source>Newer records are being included; the figures update by themselves.</source>
            <translation>Nieuwere gegevens worden verwerkt; de cijfers worden vanzelf bijgewerkt.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <source>Fetch the figures for this period again</source>
            <translation>De cijfers voor deze periode opnieuw ophalen</translation>
        </message>
        <message>
            <source>Fetch the figures again (F5)</source>
            <translation>De cijfers opnieuw ophalen (F5)</translation>
        </message>
        <message>
            <source>Dashboard status</source>
            <translation>Status van het dashboard</translation>
        </message>
        <message>
            <source>Fetching the figures for the current quarter…</source>
            <translation>De cijfers van dit kwartaal worden opgehaald…</translation>
        </message>
        <message>
            <source>Figures of the period</source>
            <translation>Cijfers van de periode</translation>
        </message>
    </context>
    <context>
        <name>DataTab</name>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Save everything held about this family as a PDF in the family's language and as a JSON file, for example when the family asks to see its data.</source>
            <translation>Bewaar alles wat over dit gezin is vastgelegd als PDF in de taal van het gezin en als JSON-bestand, bijvoorbeeld als het gezin zijn gegevens wil inzien.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporteren…</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>Erase this family and everything about it from this laptop. This cannot be undone. The backups that hold the family are removed too, here and in the second backup folder, and a fresh backup is made without it. Backups you copied elsewhere yourself are out of reach. Type the family's name exactly to confirm.</source>
            <translation>Wis dit gezin en alles erover van deze laptop. Dit kan niet ongedaan worden gemaakt. De back-ups met dit gezin worden ook verwijderd, hier en in de tweede back-upmap, en er wordt een nieuwe back-up zonder het gezin gemaakt. Back-ups die u zelf ergens anders hebt gekopieerd, vallen daarbuiten. Typ de naam van het gezin precies om te bevestigen.</translation>
        </message>
        <message>
            <source>Type the family's name to confirm erasing</source>
            <translation>Typ de naam van het gezin om het wissen te bevestigen</translation>
        </message>
        <message>
            <source>Erase family</source>
            <translation>Gezin wissen</translation>
        </message>
        <message>
            <source>Hand over to another coach</source>
            <translation>Overdragen aan een andere coach</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>&amp;Overdragen…</translation>
        </message>
        <message>
            <source>Give this family to another coach: everything is sealed for that coach's laptop, and erased here once it has been taken over.</source>
            <translation>Geef dit gezin aan een andere coach: alles wordt verzegeld voor de laptop van die coach en hier gewist zodra het is overgenomen.</translation>
        </message>
        <message>
            <source>Export the family's data</source>
            <translation>De gegevens van het gezin exporteren</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <source>Saved %1 and %2.</source>
            <translation>%1 en %2 opgeslagen.</translation>
        </message>
        <message numerus="yes">
            <source>The family was erased. %n older backup(s) still held it: they were removed, and a fresh backup without the family was made.</source>
            <translation>
                <numerusform>Het gezin is gewist. %n oudere back-up bevatte het nog: die is verwijderd en er is een nieuwe back-up zonder het gezin gemaakt.</numerusform>
                <numerusform>Het gezin is gewist. %n oudere back-ups bevatten het nog: die zijn verwijderd en er is een nieuwe back-up zonder het gezin gemaakt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The second backup folder could not be reached (%1). The backups there that hold the family are removed as soon as it can be.</source>
            <translation>De tweede back-upmap was niet bereikbaar (%1). De back-ups daar met dit gezin worden verwijderd zodra dat kan.</translation>
        </message>
        <message>
            <source>Family erased</source>
            <translation>Gezin gewist</translation>
        </message>
    </context>
    <context>
        <name>DateTyping</name>
        <message>
            <source>Type the date, or untick “Known”.</source>
            <extracomment>The largest first digit after which no second digit can follow (4 as a day is 04).</extracomment>
            <translation>Typ de datum, of vink “Bekend” uit.</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>Kies een datum op of na %1.</translation>
        </message>
        <message>
            <source>This is not a date: type the day, month and year, like %1.</source>
            <translation>Dit is geen datum: typ de dag, de maand en het jaar, zoals %1.</translation>
        </message>
    </context>
    <context>
        <name>DevicesTab</name>
        <message>
            <source>Enrol a coach's laptop</source>
            <translation>Laptop van een coach aanmelden</translation>
        </message>
        <message>
            <source>&amp;Coach's name:</source>
            <translation>&amp;Naam van de coach:</translation>
        </message>
        <message>
            <source>Coach's name</source>
            <translation>Naam van de coach</translation>
        </message>
        <message>
            <source>&amp;Valid for (hours):</source>
            <translation>&amp;Geldig (uren):</translation>
        </message>
        <message>
            <source>Hours the code stays valid</source>
            <translation>Aantal uren dat de code geldig blijft</translation>
        </message>
        <message>
            <source>Create &amp;enrolment code</source>
            <translation>&amp;Aanmeldcode maken</translation>
        </message>
        <message>
            <source>Create an enrolment code</source>
            <translation>Een aanmeldcode maken</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Aanmeld&amp;code:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Aanmeldcode</translation>
        </message>
        <message>
            <source>Enrolment &amp;link:</source>
            <translation>Aanmeld&amp;link:</translation>
        </message>
        <message>
            <source>Enrolment link with the server address and the code</source>
            <translation>Aanmeldlink met het serveradres en de code</translation>
        </message>
        <message>
            <source>Cop&amp;y link</source>
            <translation>Link &amp;kopiëren</translation>
        </message>
        <message>
            <source>Copy the enrolment link</source>
            <translation>De aanmeldlink kopiëren</translation>
        </message>
        <message>
            <source>Save QR code as &amp;picture…</source>
            <translation>QR-code als &amp;afbeelding opslaan…</translation>
        </message>
        <message>
            <source>Save the QR code as a picture</source>
            <translation>De QR-code als afbeelding opslaan</translation>
        </message>
        <message>
            <source>QR code with the server address and the enrolment code</source>
            <translation>QR-code met het serveradres en de aanmeldcode</translation>
        </message>
        <message>
            <source>Enrolment code details</source>
            <translation>Gegevens van de aanmeldcode</translation>
        </message>
        <message>
            <source>Devices message</source>
            <translation>Melding over apparaten</translation>
        </message>
        <message>
            <source>Give the coach the code, the link or the QR code. On the laptop's Sync screen the coach types the code, pastes the link or opens a picture of the QR code; the link and the QR code fill in the server address too.</source>
            <translation>Geef de coach de code, de link of de QR-code. Op het scherm Synchronisatie van de laptop typt de coach de code, plakt de link of opent een afbeelding van de QR-code; de link en de QR-code vullen ook het serveradres in.</translation>
        </message>
        <message>
            <source>The enrolment link is on the clipboard.</source>
            <translation>De aanmeldlink staat op het klembord.</translation>
        </message>
        <message>
            <source>enrolment-code</source>
            <translation>aanmeldcode</translation>
        </message>
        <message>
            <source>Save the QR code</source>
            <translation>De QR-code opslaan</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG-afbeelding (*.png)</translation>
        </message>
        <message>
            <source>The picture could not be saved to %1 (disk full or no permission?).</source>
            <translation>De afbeelding kon niet worden opgeslagen in %1 (schijf vol of geen toestemming?).</translation>
        </message>
        <message>
            <source>Saved the QR code to %1. It holds the server address and the code.</source>
            <translation>De QR-code is opgeslagen in %1. Hij bevat het serveradres en de code.</translation>
        </message>
        <message>
            <source>Nothing was revoked.</source>
            <translation>Er is niets ingetrokken.</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Apparaten</translation>
        </message>
        <message>
            <source>Enrolled devices</source>
            <translation>Aangemelde apparaten</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Opnieuw &amp;laden</translation>
        </message>
        <message>
            <source>Reload the list of devices</source>
            <translation>De lijst met apparaten opnieuw laden</translation>
        </message>
        <message>
            <source>&amp;Revoke device…</source>
            <translation>Apparaat &amp;intrekken…</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>Het gekozen apparaat intrekken</translation>
        </message>
        <message>
            <source>Type the coach's name first.</source>
            <translation>Typ eerst de naam van de coach.</translation>
        </message>
        <message>
            <source>For %1; works once, until %2.</source>
            <translation>Voor %1; werkt één keer, tot %2.</translation>
        </message>
        <message>
            <source>The device of %1 was revoked.</source>
            <translation>Het apparaat van %1 is ingetrokken.</translation>
        </message>
    </context>
    <context>
        <name>DueDateDelegate</name>
        <message>
            <source>Due date of the follow-up action</source>
            <translation>Datum van de vervolgactie</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentLinkRow</name>
        <message>
            <source>Open a picture of the QR code…</source>
            <extracomment>Larger pictures are scaled down first (a phone photo is 4000 pixels wide; QR codes read fine at this size and memory stays small).</extracomment>
            <translation>Afbeelding van de QR-code openen…</translation>
        </message>
        <message>
            <source>Read the enrolment QR code from a picture</source>
            <translation>De aanmeld-QR-code uit een afbeelding lezen</translation>
        </message>
        <message>
            <source>A screenshot or photo of the QR code from your project leader fills in the server address and the code. You can also paste the enrolment link into a field.</source>
            <translation>Een schermafbeelding of foto van de QR-code van uw projectleider vult het serveradres en de code in. U kunt ook de aanmeldlink in een veld plakken.</translation>
        </message>
        <message>
            <source>Enrolment link message</source>
            <translation>Melding over de aanmeldlink</translation>
        </message>
        <message>
            <source>Server address and code filled in from the link (%1).</source>
            <translation>Serveradres en code zijn ingevuld uit de link (%1).</translation>
        </message>
        <message>
            <source>Open a picture of the QR code</source>
            <translation>Afbeelding van de QR-code openen</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>This file cannot be opened as a picture. Choose a PNG or JPEG.</source>
            <translation>Dit bestand kan niet als afbeelding worden geopend. Kies een PNG- of JPEG-bestand.</translation>
        </message>
        <message>
            <source>No QR code can be read in this picture. Try a sharper picture in which the whole code is visible, or type the code.</source>
            <translation>In deze afbeelding is geen QR-code te lezen. Probeer een scherpere afbeelding waarop de hele code te zien is, of typ de code.</translation>
        </message>
        <message>
            <source>The QR code in this picture is not an enrolment code. Ask your project leader for the enrolment QR code, or type the code.</source>
            <translation>De QR-code in deze afbeelding is geen aanmeldcode. Vraag uw projectleider om de aanmeld-QR-code, of typ de code.</translation>
        </message>
        <message>
            <source>The picture cannot be read (no permission or the file is gone).</source>
            <translation>De afbeelding kan niet worden gelezen (geen toestemming of het bestand is weg).</translation>
        </message>
    </context>
    <context>
        <name>FamiliesModel</name>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Bezoeken</translation>
        </message>
        <message>
            <source>Open goals</source>
            <translation>Open doelen</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Laatste bezoek</translation>
        </message>
    </context>
    <context>
        <name>FamiliesPage</name>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Search names, places and visit notes</source>
            <translation>Zoek in namen, plaatsen en bezoeknotities</translation>
        </message>
        <message>
            <source>Search families</source>
            <translation>Gezinnen zoeken</translation>
        </message>
        <message>
            <source>Filter by programme status</source>
            <translation>Filter op programmastatus</translation>
        </message>
        <message>
            <source>New family</source>
            <translation>Nieuw gezin</translation>
        </message>
        <message>
            <source>Add a family (Ctrl+N)</source>
            <translation>Gezin toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>No families yet. Choose New family (Ctrl+N) to add the first family you coach; its page then takes people, visits, goals and consent.</source>
            <translation>Nog geen gezinnen. Kies Nieuw gezin (Ctrl+N) om het eerste gezin toe te voegen dat u begeleidt; op de pagina van het gezin legt u daarna personen, bezoeken, doelen en toestemming vast.</translation>
        </message>
        <message>
            <source>No family matches the search or the status filter. Check the spelling, or clear the search and choose All statuses.</source>
            <translation>Geen gezin past bij de zoekopdracht of het statusfilter. Controleer de spelling, of maak het zoekveld leeg en kies Alle statussen.</translation>
        </message>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>%n gezin</numerusform>
                <numerusform>%n gezinnen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 families</source>
            <translation>%1 van %2 gezinnen</translation>
        </message>
    </context>
    <context>
        <name>FamilyEditor</name>
        <message>
            <source>Known</source>
            <extracomment>The field's range: wide, so no typed date is cut short; its first day stands for "not typed yet" and is shown as empty.</extracomment>
            <translation>Bekend</translation>
        </message>
        <message>
            <source>%1 is known</source>
            <translation>%1 is bekend</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>What you typed earlier was not saved yet and has been restored. Check it and save.</source>
            <translation>Wat u eerder typte was nog niet bewaard en is teruggezet. Controleer het en sla het op.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>You changed this form but did not save it. Discard what you typed?</source>
            <translation>U hebt dit formulier gewijzigd maar niet opgeslagen. Wat u typte weggooien?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Wijzigingen weggooien</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Verder bewerken</translation>
        </message>
        <message>
            <source>New family</source>
            <extracomment>Municipalities offered in the list; the coach may type any other name and CBS code.</extracomment>
            <translation>Nieuw gezin</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Gezin bewerken</translation>
        </message>
        <message>
            <source>Family &amp;name</source>
            <translation>&amp;Naam van het gezin</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Gemeente</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Adres</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Voorkeurstalen</translation>
        </message>
        <message>
            <source>Programme &amp;status</source>
            <translation>&amp;Status in het programma</translation>
        </message>
        <message>
            <source>Status s&amp;ince</source>
            <translation>Status s&amp;inds</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>Start&amp;datum</translation>
        </message>
        <message>
            <source>Assigned &amp;coach</source>
            <translation>Toegewezen &amp;coach</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Naam van het gezin</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Municipality CBS code</source>
            <translation>CBS-code van de gemeente</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Status in het programma</translation>
        </message>
        <message>
            <source>Assigned coach</source>
            <translation>Toegewezen coach</translation>
        </message>
        <message>
            <source>Date the programme status began</source>
            <translation>Datum waarop de programmastatus begon</translation>
        </message>
        <message>
            <source>The day the family's programme status began; it may be long ago, never in the future. The family's page shows every status over time.</source>
            <translation>De dag waarop de programmastatus van het gezin begon; dat mag lang geleden zijn, nooit in de toekomst. De pagina van het gezin toont elke status door de tijd.</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>The first language you tick is used for printed documents.</source>
            <translation>De eerste taal die u aanvinkt, wordt gebruikt voor afgedrukte documenten.</translation>
        </message>
    </context>
    <context>
        <name>FamilyErrors</name>
        <message>
            <source>Enter the family's name.</source>
            <translation>Vul de naam van het gezin in.</translation>
        </message>
        <message>
            <source>Enter the municipality's CBS code: GM and four digits, e.g. GM0153.</source>
            <translation>Vul de CBS-code van de gemeente in: GM en vier cijfers, bijv. GM0153.</translation>
        </message>
        <message>
            <source>Enter the municipality's name.</source>
            <translation>Vul de naam van de gemeente in.</translation>
        </message>
        <message>
            <source>A phone number may hold digits, spaces and + ( ) - . / only.</source>
            <translation>Een telefoonnummer mag alleen cijfers, spaties en + ( ) - . / bevatten.</translation>
        </message>
        <message>
            <source>The address is too long.</source>
            <translation>Het adres is te lang.</translation>
        </message>
        <message>
            <source>The coach's name is too long.</source>
            <translation>De naam van de coach is te lang.</translation>
        </message>
        <message>
            <source>Choose each language once.</source>
            <translation>Kies elke taal maar één keer.</translation>
        </message>
        <message>
            <source>Enter the person's given name.</source>
            <translation>Vul de voornaam van de persoon in.</translation>
        </message>
        <message>
            <source>The family name is too long.</source>
            <translation>De achternaam is te lang.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future.</source>
            <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
        </message>
        <message>
            <source>Enter a short title for the goal.</source>
            <translation>Geef het doel een korte titel.</translation>
        </message>
        <message>
            <source>The description is too long.</source>
            <translation>De beschrijving is te lang.</translation>
        </message>
        <message>
            <source>Every milestone needs a title.</source>
            <translation>Elke tussenstap heeft een titel nodig.</translation>
        </message>
        <message>
            <source>Choose a score from 1 to 5.</source>
            <translation>Kies een score van 1 tot 5.</translation>
        </message>
        <message>
            <source>Enter who recorded this consent.</source>
            <translation>Vul in wie deze toestemming heeft vastgelegd.</translation>
        </message>
        <message>
            <source>Write a note or choose a new status.</source>
            <translation>Schrijf een notitie of kies een nieuwe status.</translation>
        </message>
        <message>
            <source>This level on this date is already recorded for this person.</source>
            <translation>Dit niveau op deze datum is al vastgelegd voor deze persoon.</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults only.</source>
            <translation>Een niveau Nederlands wordt alleen voor volwassenen vastgelegd.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>Deze waarde is niet geldig.</translation>
        </message>
        <message>
            <source>The date cannot be in the future (today is %1).</source>
            <translation>De datum kan niet in de toekomst liggen (vandaag is %1).</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>Kies een datum op of na %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the goal was opened (%1).</source>
            <translation>De datum kan niet vóór de opening van het doel liggen (%1).</translation>
        </message>
        <message>
            <source>The date cannot be before the latest status change (%1).</source>
            <translation>De datum kan niet vóór de laatste statuswijziging liggen (%1).</translation>
        </message>
        <message>
            <source>The goal cannot be opened after its first status change (%1).</source>
            <translation>Het doel kan niet na de eerste statuswijziging geopend zijn (%1).</translation>
        </message>
        <message>
            <source>The date cannot be before the person was born (%1).</source>
            <translation>De datum kan niet vóór de geboorte van de persoon liggen (%1).</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults: this person turns 18 on %1.</source>
            <translation>Een niveau Nederlands wordt voor volwassenen vastgelegd: deze persoon wordt 18 op %1.</translation>
        </message>
        <message>
            <source>This was changed elsewhere since you opened it. Close, reopen and try again.</source>
            <translation>Dit is ergens anders gewijzigd nadat u het opende. Sluit het, open het opnieuw en probeer het nog eens.</translation>
        </message>
        <message>
            <source>This is no longer there (it may have been erased).</source>
            <translation>Dit bestaat niet meer (misschien is het gewist).</translation>
        </message>
        <message>
            <source>The goal cannot change to that status.</source>
            <translation>Het doel kan niet naar die status.</translation>
        </message>
        <message>
            <source>That person is not a member of this family.</source>
            <translation>Die persoon hoort niet bij dit gezin.</translation>
        </message>
        <message>
            <source>This consent is not given, so it cannot be withdrawn.</source>
            <translation>Deze toestemming is niet gegeven en kan dus niet worden ingetrokken.</translation>
        </message>
        <message>
            <source>This could not be saved. Please check what you entered.</source>
            <translation>Dit kon niet worden opgeslagen. Controleer wat u hebt ingevuld.</translation>
        </message>
    </context>
    <context>
        <name>FamilyHeader</name>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Back to the list of families</source>
            <translation>Terug naar de lijst met gezinnen</translation>
        </message>
        <message>
            <source>&amp;Edit family</source>
            <translation>Gezin be&amp;werken</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Gezin bewerken</translation>
        </message>
        <message>
            <source>Copy the address</source>
            <translation>Adres kopiëren</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Telefoonnummer kopiëren</translation>
        </message>
        <message>
            <source>Programme status: %1</source>
            <translation>Status in het programma: %1</translation>
        </message>
        <message>
            <source>%1 · no address</source>
            <translation>%1 · geen adres</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Telefoon: %1</translation>
        </message>
        <message>
            <source>No phone number</source>
            <translation>Geen telefoonnummer</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Coach: %1</translation>
        </message>
        <message>
            <source>No coach assigned</source>
            <translation>Geen coach toegewezen</translation>
        </message>
        <message>
            <source>No open follow-up actions</source>
            <translation>Geen openstaande vervolgacties</translation>
        </message>
        <message>
            <source>Next follow-up (no date): %1</source>
            <translation>Volgende actie (zonder datum): %1</translation>
        </message>
        <message>
            <source>Overdue since %1: %2</source>
            <translation>Te laat sinds %1: %2</translation>
        </message>
        <message>
            <source>Next follow-up %1: %2</source>
            <translation>Volgende actie %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FamilyLabels</name>
        <message>
            <source>Adult</source>
            <translation>Volwassene</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Vrouw</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Niet opgegeven</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Geanonimiseerde rapportage</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>Universitair onderzoek</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Other language</source>
            <translation>Andere taal</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Hele gezin</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personen</translation>
        </message>
        <message>
            <source>&amp;Visits</source>
            <translation>Be&amp;zoeken</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Doelen</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>Histo&amp;rie</translation>
        </message>
        <message>
            <source>&amp;Assessments</source>
            <translation>&amp;Metingen</translation>
        </message>
        <message>
            <source>&amp;Consent</source>
            <translation>&amp;Toestemming</translation>
        </message>
        <message>
            <source>Family's &amp;data</source>
            <translation>&amp;Gegevens van het gezin</translation>
        </message>
        <message>
            <source>Family sections</source>
            <translation>Onderdelen van het gezin</translation>
        </message>
    </context>
    <context>
        <name>FamilyPdf</name>
        <message>
            <source>Adult</source>
            <translation>Volwassene</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Vrouw</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Niet opgegeven</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Geanonimiseerde rapportage</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>Universitair onderzoek</translation>
        </message>
        <message>
            <source>What we hold about your family</source>
            <translation>Wat wij over uw gezin bewaren</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Bezoeken</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gedaan</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Tussenstappen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Metingen</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Hele gezin</translation>
        </message>
        <message>
            <source>This document lists everything Coach Companion holds about your family on this laptop. Printed on %1.</source>
            <translation>Dit document bevat alles wat Coach Companion op deze laptop over uw gezin bewaart. Afgedrukt op %1.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Voorkeurstalen</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Status in het programma</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minuten</translation>
        </message>
        <message>
            <source>reached on</source>
            <translation>bereikt op</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Levensgebied</translation>
        </message>
        <message>
            <source>Score (1-5)</source>
            <translation>Score (1-5)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Ingetrokken door het gezin</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Over %n dag</numerusform>
                <numerusform>Over %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
    </context>
    <context>
        <name>FunderReport</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>Definitie</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Indicatoren voor financiers</translation>
        </message>
        <message>
            <source>Change in self-reliance: for each life domain, the people or families with at least two self-reliance assessments (scores 1 to 5) in the period, and the mean change from their first to their last score.</source>
            <translation>Verandering in zelfredzaamheid: per levensdomein de personen of gezinnen met ten minste twee metingen van zelfredzaamheid (scores 1 tot 5) in de periode, en de gemiddelde verandering van hun eerste naar hun laatste score.</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Werkwijze</translation>
        </message>
        <message>
            <source>Small numbers are withheld</source>
            <translation>Kleine aantallen worden afgeschermd</translation>
        </message>
        <message>
            <source>Small numbers are withheld to protect the privacy of the families: a count from 1 to %1 is shown as withheld, and some other values are withheld as well so that a hidden count cannot be worked out from the totals. A mean is withheld when fewer than %2 people or families are behind it. Withheld values are left out of the charts. The CSV file made with this report uses the same threshold (%2) and shows the same values.</source>
            <translation>Kleine aantallen worden afgeschermd om de privacy van de gezinnen te beschermen: een aantal van 1 tot en met %1 staat er als afgeschermd, en sommige andere waarden worden ook afgeschermd, zodat een verborgen aantal niet uit de totalen kan worden afgeleid. Een gemiddelde wordt afgeschermd als er minder dan %2 personen of gezinnen achter zitten. Afgeschermde waarden staan niet in de grafieken. Het CSV-bestand bij dit verslag gebruikt dezelfde drempel (%2) en toont dezelfde waarden.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>Distinct adults (18 or older on the day) whose language or education goal was started in the period, whatever happened to it later.</source>
            <translation>Unieke volwassenen (18 jaar of ouder op die dag) van wie een taal- of onderwijsdoel in de periode is gestart, wat er later ook mee gebeurde.</translation>
        </message>
        <message>
            <source>The same, counting every start up to the end of the period.</source>
            <translation>Hetzelfde, met elke start tot het eind van de periode.</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was started in the period (work goals are not counted).</source>
            <translation>Unieke personen van elke leeftijd van wie het doel van een eigen onderneming in de periode is gestart (doelen voor werk tellen niet mee).</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was achieved in the period.</source>
            <translation>Unieke personen van elke leeftijd van wie het doel van een eigen onderneming in de periode is behaald.</translation>
        </message>
        <message>
            <source>Distinct people whose sport and participation goal was started in the period; by gender below.</source>
            <translation>Unieke personen van wie een doel voor sport en meedoen in de periode is gestart; hieronder naar gender.</translation>
        </message>
        <message>
            <source>Distinct adults whose latest Dutch level (CEFR) recorded in the period is at least one level above their level at its start.</source>
            <translation>Unieke volwassenen van wie het laatste Nederlandse taalniveau (ERK) in de periode minstens één niveau hoger is dan hun niveau aan het begin ervan.</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>het programma tot nu toe (%1)</translation>
        </message>
        <message>
            <source>Period: %1. Counts below %2 are withheld.</source>
            <translation>Periode: %1. Aantallen onder %2 worden afgeschermd.</translation>
        </message>
        <message>
            <source>Adults are 18 or older on the day of the event counted. Age groups are those of the person on that day. Municipalities with fewer than 10 families in the programme are counted together as other municipalities.</source>
            <translation>Volwassenen zijn 18 jaar of ouder op de dag van de getelde gebeurtenis. Leeftijdsgroepen zijn die van de persoon op die dag. Gemeenten met minder dan 10 gezinnen in het programma worden samen geteld als overige gemeenten.</translation>
        </message>
        <message>
            <source>Charts not drawn</source>
            <translation>Grafieken die niet zijn getekend</translation>
        </message>
        <message>
            <source>Coaches record visits, goals and self-reliance assessments on their own encrypted laptops. Only anonymised records leave a laptop: random numbers instead of names, age bands, months and weeks; never names, addresses or notes. Every figure is counted from dated events (the day a goal was started, a status changed, a level was assessed), not from the day it was typed. A family counts for the period when it was in the programme at some time in it, by its status at the end of the period. Families not visited in 6 weeks are counted as at the end of the period.</source>
            <translation>Coaches leggen bezoeken, doelen en metingen van zelfredzaamheid vast op hun eigen versleutelde laptops. Alleen geanonimiseerde gegevens verlaten een laptop: willekeurige nummers in plaats van namen, leeftijdsgroepen, maanden en weken; nooit namen, adressen of notities. Elk cijfer wordt geteld vanaf gedateerde gebeurtenissen (de dag waarop een doel startte, een status veranderde, een niveau werd gemeten), niet vanaf de dag waarop het werd ingevoerd. Een gezin telt mee voor de periode als het er ergens in in het programma zat, naar zijn status aan het eind van de periode. Gezinnen die 6 weken niet zijn bezocht, worden geteld zoals aan het eind van de periode.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>No organisation name is set: add it to the deployment file ([organisation] name).</source>
            <translation>Er is geen naam van de organisatie ingesteld: zet die in het installatiebestand ([organisation] name).</translation>
        </message>
        <message>
            <source>Programme report for funders</source>
            <translation>Programmaverslag voor financiers</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Gemaakt op %1</translation>
        </message>
        <message>
            <source>Aggregated, anonymised figures. No figure in this report refers to a single family: counts below %1 are withheld.</source>
            <translation>Samengevoegde, geanonimiseerde cijfers. Geen enkel cijfer in dit verslag gaat over één gezin: aantallen onder %1 worden afgeschermd.</translation>
        </message>
        <message>
            <source>Withheld values (%1) are left out of this chart.</source>
            <translation>Afgeschermde waarden (%1) staan niet in deze grafiek.</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>New goal</source>
            <translation>Nieuw doel</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Doel bewerken</translation>
        </message>
        <message>
            <source>Life &amp;domain</source>
            <translation>Levens&amp;gebied</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;Voor</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>&amp;Beschrijving</translation>
        </message>
        <message>
            <source>&amp;Opened on</source>
            <translation>Ge&amp;opend op</translation>
        </message>
        <message>
            <source>Target d&amp;ate</source>
            <translation>Streef&amp;datum</translation>
        </message>
        <message>
            <source>Date the goal was opened</source>
            <translation>Datum waarop het doel is geopend</translation>
        </message>
        <message>
            <source>The day the goal was set, which may be long ago; never in the future and never after its first status change.</source>
            <translation>De dag waarop het doel is gesteld; dat mag lang geleden zijn, maar nooit in de toekomst en nooit na de eerste statuswijziging.</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>&amp;Tussenstappen</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Levensgebied</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Voor wie</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Tussenstappen</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>Nieuwe tussenstap</translation>
        </message>
        <message>
            <source>Milestone target date</source>
            <translation>Streefdatum van de tussenstap</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Tussenstap toevoegen</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Tussenstap verwijderen</translation>
        </message>
        <message>
            <source>Reached today / not reached</source>
            <translation>Vandaag bereikt / niet bereikt</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Hele gezin</translation>
        </message>
    </context>
    <context>
        <name>GoalUpdatesModel</name>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nieuwe status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Geen wijziging</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <source>Life domain</source>
            <translation>Levensgebied</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>%1, target date passed</source>
            <translation>%1, streefdatum verstreken</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Nieuw doel</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Doel bewerken</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Status wijzigen</translation>
        </message>
        <message>
            <source>Status of the selected goal</source>
            <translation>Status van het gekozen doel</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nieuwe status</translation>
        </message>
        <message>
            <source>Date of the status change</source>
            <translation>Datum van de statuswijziging</translation>
        </message>
        <message>
            <source>The day the status changed, which may be long ago; never in the future and never before the goal's latest change.</source>
            <translation>De dag waarop de status veranderde; dat mag lang geleden zijn, maar nooit in de toekomst en nooit vóór de laatste wijziging van het doel.</translation>
        </message>
        <message>
            <source>Note about the status change</source>
            <translation>Notitie bij de statuswijziging</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Notitie (optioneel)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Tussenstappen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Progress of the selected goal</source>
            <translation>Voortgang van het gekozen doel</translation>
        </message>
        <message>
            <source>Milestones of the selected goal</source>
            <translation>Tussenstappen van het gekozen doel</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>The user guide is not part of this installation. Ask IT for the installer, or read docs/user-guide in the project's files.</source>
            <extracomment>The guides and the languages each is written in.</extracomment>
            <translation>De handleiding is niet meegeïnstalleerd. Vraag IT om het installatieprogramma, of lees docs/user-guide in de projectbestanden.</translation>
        </message>
        <message>
            <source>Coach Companion user guide</source>
            <translation>Handleiding Coach Companion</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close the user guide</source>
            <translation>Handleiding sluiten</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over %1</source>
            <translation>%1 overdragen</translation>
        </message>
        <message>
            <source>The family's complete data (people, visits, goals and their history, assessments, language levels and consent; not unsaved drafts) is sealed so that only the chosen coach's laptop can open it. From now on the family cannot be changed here. Once that laptop has taken it over, the family is erased from this laptop, as if erased by request. The server only passes on sealed data.</source>
            <translation>Alle gegevens van het gezin (personen, bezoeken, doelen met hun geschiedenis, beoordelingen, taalniveaus en toestemming; geen niet-opgeslagen concepten) worden zo verzegeld dat alleen de laptop van de gekozen coach ze kan openen. Vanaf nu kan het gezin hier niet meer worden gewijzigd. Zodra die laptop het heeft overgenomen, wordt het gezin van deze laptop gewist, zoals bij een verzoek om wissen. De server geeft alleen verzegelde gegevens door.</translation>
        </message>
        <message>
            <source>&amp;Receiving coach</source>
            <translation>&amp;Ontvangende coach</translation>
        </message>
        <message>
            <source>Receiving coach</source>
            <translation>Ontvangende coach</translation>
        </message>
        <message>
            <source>Send it through the server</source>
            <translation>Versturen via de server</translation>
        </message>
        <message>
            <source>Save it as a file to give to the other coach</source>
            <translation>Opslaan als bestand om aan de andere coach te geven</translation>
        </message>
        <message>
            <source>Save it as a file</source>
            <translation>Opslaan als bestand</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Overdragen</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Overdragen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Asking the server which coaches can receive it…</source>
            <translation>De server vragen welke coaches het kunnen ontvangen…</translation>
        </message>
        <message>
            <source>Unlock first.</source>
            <translation>Ontgrendel eerst.</translation>
        </message>
        <message>
            <source>No other coach's laptop can receive a family yet. The other laptop must be enrolled and have synced once with this version.</source>
            <translation>Nog geen laptop van een andere coach kan een gezin ontvangen. De andere laptop moet aangemeld zijn en één keer met deze versie hebben gesynchroniseerd.</translation>
        </message>
        <message>
            <source>Save the sealed family</source>
            <translation>Het verzegelde gezin opslaan</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Overgedragen gezinnen (*.package)</translation>
        </message>
        <message>
            <source>Sealing and handing over…</source>
            <translation>Verzegelen en overdragen…</translation>
        </message>
        <message>
            <source>Saved. Give the file to %1; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Opgeslagen. Geef het bestand aan %1; zodra de laptop van %1 het gezin heeft overgenomen, wordt het hier gewist.</translation>
        </message>
        <message>
            <source>Handed over to %1. Once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Overgedragen aan %1. Zodra de laptop van %1 het gezin heeft overgenomen, wordt het hier gewist.</translation>
        </message>
        <message>
            <source>Sealed for %1. It is sent as soon as the server can be reached; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Verzegeld voor %1. Het wordt verstuurd zodra de server bereikbaar is; zodra de laptop van %1 het gezin heeft overgenomen, wordt het hier gewist.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>HistoryEditor</name>
        <message>
            <source>Programme status “%1”</source>
            <extracomment>The draft kind of this dialog (``FormDraft.kind``); the subject is the history entry. The fields a refused date may be reported on, all shown under the one date field.</extracomment>
            <translation>Programmastatus “%1”</translation>
        </message>
        <message>
            <source>Goal “%1”: “%2”</source>
            <translation>Doel “%1”: “%2”</translation>
        </message>
        <message>
            <source>Dutch level of %1: “%2”</source>
            <translation>Niveau Nederlands van %1: “%2”</translation>
        </message>
        <message>
            <source>Delete the programme status “%1” of %2?</source>
            <translation>De programmastatus “%1” van %2 verwijderen?</translation>
        </message>
        <message>
            <source>Delete the status “%1” of %2 from the goal “%3”?</source>
            <translation>De status “%1” van %2 verwijderen uit het doel “%3”?</translation>
        </message>
        <message>
            <source>Delete the Dutch level “%1” of %2 for %3?</source>
            <translation>Het niveau Nederlands “%1” van %2 voor %3 verwijderen?</translation>
        </message>
        <message>
            <source>A family always has a programme status, so its only status cannot be deleted. Change its date, or give the family a new status in “Edit family”.</source>
            <translation>Een gezin heeft altijd een programmastatus, dus de enige status kan niet worden verwijderd. Wijzig de datum, of geef het gezin een nieuwe status via “Gezin bewerken”.</translation>
        </message>
        <message>
            <source>This is the status the goal was opened with, so it cannot be deleted. Change its date (that moves the goal's opened date), or delete the goal's later statuses.</source>
            <translation>Met deze status is het doel geopend, dus die kan niet worden verwijderd. Wijzig de datum (dat verschuift de openingsdatum van het doel), of verwijder de latere statussen van het doel.</translation>
        </message>
        <message>
            <source>Without this status, “%1” would be followed by “%2”, which a goal cannot do. Delete the later statuses first.</source>
            <translation>Zonder deze status zou “%2” op “%1” volgen, en dat kan bij een doel niet. Verwijder eerst de latere statussen.</translation>
        </message>
        <message>
            <source>Change the date or level</source>
            <translation>Datum of niveau wijzigen</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Datum wijzigen</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Datum van het niveau</translation>
        </message>
        <message>
            <source>Date of the status</source>
            <translation>Datum van de status</translation>
        </message>
        <message>
            <source>The day it happened, which may be long ago; never in the future.</source>
            <translation>De dag waarop het gebeurde; dat mag lang geleden zijn, nooit in de toekomst.</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Niveau</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Niveau Nederlands (ERK)</translation>
        </message>
        <message>
            <source>On that date the goal's statuses would be out of order: “%1” cannot be followed by “%2”. Choose a date between the statuses before and after it.</source>
            <translation>Op die datum zouden de statussen van het doel niet meer op elkaar volgen: na “%1” kan geen “%2” komen. Kies een datum tussen de statussen ervoor en erna.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Gestart</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Huisbezoek</translation>
        </message>
        <message>
            <source>At the club</source>
            <translation>Bij de club</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videogesprek</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Onderwijs</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Ondernemerschap</translation>
        </message>
        <message>
            <source>Sport and participation</source>
            <translation>Sport en meedoen</translation>
        </message>
        <message>
            <source>Civic integration</source>
            <translation>Inburgering</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <source>Finances</source>
            <translation>Financiën</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Wonen</translation>
        </message>
        <message>
            <source>Social network</source>
            <translation>Sociaal netwerk</translation>
        </message>
        <message>
            <source>Parenting</source>
            <translation>Opvoeding</translation>
        </message>
        <message>
            <source>Below A1</source>
            <translation>Onder A1</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
    </context>
    <context>
        <name>LanguageLevelsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Volwassene</translation>
        </message>
        <message>
            <source>Level of Dutch</source>
            <translation>Niveau Nederlands</translation>
        </message>
    </context>
    <context>
        <name>LeaderCharts</name>
        <message>
            <source>There is nothing to chart for this period.</source>
            <extracomment>Characters a line of a horizontal chart's category label may hold before it wraps. More categories than this on a horizontal axis, with labels longer than a few characters, and the labels stand upright.</extracomment>
            <translation>Er is niets om in een grafiek te tonen voor deze periode.</translation>
        </message>
        <message>
            <source>Every value of this chart is withheld to protect privacy, so it is not drawn.</source>
            <translation>Elke waarde van deze grafiek is afgeschermd om de privacy te beschermen; daarom wordt hij niet getekend.</translation>
        </message>
        <message>
            <source>Every value shown is 0 and the others are withheld: there is nothing to chart.</source>
            <translation>Elke getoonde waarde is 0 en de andere zijn afgeschermd: er is niets om te tonen.</translation>
        </message>
        <message>
            <source>Every value is 0 in this period: nothing to chart.</source>
            <translation>Elke waarde is 0 in deze periode: er is niets om te tonen.</translation>
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
            <translation>Coach</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Apparaat</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Aangemeld</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Laatste synchronisatie</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Last backup on the server</source>
            <translation>Laatste back-up op de server</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
    </context>
    <context>
        <name>LeaderMessages</name>
        <message>
            <source>Wrong username or password. Check them and try again.</source>
            <translation>Gebruikersnaam of wachtwoord klopt niet. Controleer ze en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>Het serveradres moet beginnen met https://. Gewoon http:// mag alleen naar deze computer zelf.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the server address and the internet connection, then try again.</source>
            <translation>De server is niet bereikbaar. Controleer het serveradres en de internetverbinding en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Uw sessie is afgelopen. Meld u opnieuw aan.</translation>
        </message>
        <message>
            <source>The server refused this request (%1).</source>
            <translation>De server weigerde dit verzoek (%1).</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Is this the address of the Coach Companion server?</source>
            <translation>Het antwoord van de server is niet te begrijpen. Is dit het adres van de Coach Companion-server?</translation>
        </message>
        <message>
            <source>The file could not be written (disk full or no permission?).</source>
            <translation>Het bestand kon niet worden opgeslagen (schijf vol of geen toestemming?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Please try again.</source>
            <translation>Er ging iets mis (%1). Probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>LeaderSignInDialog</name>
        <message>
            <source>Project leader sign-in</source>
            <translation>Aanmelden als projectleider</translation>
        </message>
        <message>
            <source>Sign in to the central server to see the programme's figures, make funder reports and manage coaches' laptops. No family data is opened on this computer.</source>
            <translation>Meld u aan bij de centrale server om de cijfers van het programma te zien, verslagen voor financiers te maken en de laptops van coaches te beheren. Er worden geen gezinsgegevens geopend op deze computer.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradres:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Gebruikersnaam:</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Gebruikersnaam</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancel and close</source>
            <translation>Annuleren en sluiten</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Melding bij het aanmelden</translation>
        </message>
        <message>
            <source>Type your username and password.</source>
            <translation>Typ uw gebruikersnaam en wachtwoord.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Bezig met aanmelden…</translation>
        </message>
    </context>
    <context>
        <name>LeaderSummary</name>
        <message>
            <source>withheld</source>
            <extracomment>The raw value of a cell: an int, a float or SUPPRESSED. The cell's path in the server's summary JSON, e.g. ("families_by_status", "cells", "active").</extracomment>
            <translation>afgeschermd</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Bezoeken</translation>
        </message>
        <message>
            <source>Visits per month</source>
            <translation>Bezoeken per maand</translation>
        </message>
        <message>
            <source>Goals by life domain and status</source>
            <translation>Doelen per levensdomein en status</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Indicatoren voor financiers</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Gemiddelde verandering</translation>
        </message>
        <message>
            <source>Change in self-reliance by life domain</source>
            <translation>Verandering in zelfredzaamheid per levensdomein</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education (MBO/Entree)</source>
            <translation>Volwassenen die gestart zijn met een taalcursus of een beroepsopleiding (MBO/Entree)</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education, up to the end of the period</source>
            <translation>Volwassenen die gestart zijn met een taalcursus of een beroepsopleiding, tot het eind van de periode</translation>
        </message>
        <message>
            <source>People who started setting up their own business</source>
            <translation>Deelnemers die zijn begonnen met het opzetten van een eigen onderneming</translation>
        </message>
        <message>
            <source>People who set up their own business</source>
            <translation>Deelnemers die een eigen onderneming hebben opgezet</translation>
        </message>
        <message>
            <source>People who started a sport</source>
            <translation>Deelnemers die zijn gaan sporten</translation>
        </message>
        <message>
            <source>Adults whose Dutch rose at least one level (CEFR)</source>
            <translation>Volwassenen van wie het Nederlands minstens één niveau is gestegen (ERK)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Vrouwen</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Mannen</translation>
        </message>
        <message>
            <source>Another gender</source>
            <translation>Ander gender</translation>
        </message>
        <message>
            <source>Gender not recorded</source>
            <translation>Gender niet vastgelegd</translation>
        </message>
        <message>
            <source>Age not known</source>
            <translation>Leeftijd onbekend</translation>
        </message>
        <message>
            <source>Under %1</source>
            <translation>Jonger dan %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>%1 and over</source>
            <translation>%1 en ouder</translation>
        </message>
        <message>
            <source>Other municipalities</source>
            <translation>Overige gemeenten</translation>
        </message>
        <message>
            <source>Families and people by programme status at the end of the period</source>
            <extracomment>Each section's title (context "LeaderSummary"), also before its figures have arrived. The dashboard's sections in reading order (the month-by-month view follows "status"). Each section's title (context "LeaderSummary"), also before its figures have arrived.</extracomment>
            <translation>Gezinnen en personen per programmastatus aan het eind van de periode</translation>
        </message>
        <message>
            <source>Families that entered and left</source>
            <translation>Ingestroomde en uitgestroomde gezinnen</translation>
        </message>
        <message>
            <source>Families by municipality</source>
            <translation>Gezinnen per gemeente</translation>
        </message>
        <message>
            <source>Funder indicators by gender</source>
            <translation>Indicatoren voor financiers per gender</translation>
        </message>
        <message>
            <source>Funder indicators by age group</source>
            <translation>Indicatoren voor financiers per leeftijdsgroep</translation>
        </message>
        <message>
            <source>Funder indicators by municipality</source>
            <translation>Indicatoren voor financiers per gemeente</translation>
        </message>
        <message>
            <source>Entered the programme in the period</source>
            <translation>In de periode ingestroomd</translation>
        </message>
        <message>
            <source>Left the programme in the period</source>
            <translation>In de periode uitgestroomd</translation>
        </message>
        <message>
            <source>A month has totals only: the breakdowns are given for quarters, years and the programme to date.</source>
            <translation>Een maand heeft alleen totalen: de uitsplitsingen staan bij kwartalen, jaren en het programma tot nu toe.</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Gemeten</translation>
        </message>
        <message>
            <source>Visits in the period</source>
            <translation>Bezoeken in de periode</translation>
        </message>
        <message>
            <source>Not visited in 6 weeks</source>
            <translation>6 weken niet bezocht</translation>
        </message>
        <message>
            <source>Caseload per coach</source>
            <translation>Caseload per coach</translation>
        </message>
        <message>
            <source>Withheld to protect privacy. Counts from 1 to %1 are never shown, and some other values are withheld as well, so that a hidden count cannot be worked out from the totals.</source>
            <translation>Afgeschermd om de privacy te beschermen. Aantallen van 1 tot en met %1 worden nooit getoond, en sommige andere waarden worden ook afgeschermd, zodat een verborgen aantal niet uit de totalen kan worden afgeleid.</translation>
        </message>
        <message>
            <source>No figure: for a mean change, no one was assessed twice in this domain in the period.</source>
            <translation>Geen cijfer: voor een gemiddelde verandering is in de periode niemand twee keer gemeten op dit levensdomein.</translation>
        </message>
        <message>
            <source>Families by programme status, month by month</source>
            <translation>Gezinnen per programmastatus, maand voor maand</translation>
        </message>
        <message>
            <source>All families</source>
            <extracomment>At most this many one-month requests for one view.</extracomment>
            <translation>Alle gezinnen</translation>
        </message>
        <message>
            <source>All people</source>
            <translation>Alle personen</translation>
        </message>
    </context>
    <context>
        <name>LeaderWindow</name>
        <message>
            <source>Coach Companion – project leader %1 on %2</source>
            <extracomment>The leader window's last geometry (Qt's saveGeometry bytes). The size the window asks for on a large screen. Room kept for the window's title bar and frame, which the screen's free area includes.</extracomment>
            <translation>Coach Companion – projectleider %1 op %2</translation>
        </message>
        <message>
            <source>Leader mode</source>
            <translation>Projectleidermodus</translation>
        </message>
        <message>
            <source>Dashboard, reports and devices</source>
            <translation>Dashboard, verslagen en apparaten</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Verslagen</translation>
        </message>
        <message>
            <source>De&amp;vices</source>
            <translation>A&amp;pparaten</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Afmelden</translation>
        </message>
        <message>
            <source>Sign out of the server</source>
            <translation>Afmelden bij de server</translation>
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
            <translation>Vergrendelen</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Nu vergrendelen (Ctrl+L)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Gezinnen</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Dat wachtwoord klopt niet. Controleer Caps Lock en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Type the code.</source>
            <translation>Typ de code.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which an enrolment code never has: it has no 0, O, 1 or I. Check that character.</source>
            <translation>Groep %1 bevat „%2”, en dat komt in een aanmeldcode nooit voor: er zit geen 0, O, 1 of I in. Controleer dat teken.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which is not a character of the code. Check that character.</source>
            <translation>Groep %1 bevat „%2”, en dat is geen teken van de code. Controleer dat teken.</translation>
        </message>
        <message>
            <source>The code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>Er zit een tikfout in de code: de tekens kloppen niet met de controletekens. Vergelijk elke groep met uw geprinte blad.</translation>
        </message>
        <message>
            <source>The drive of %1 is full (%2 free). Make at least %3 of room, for example by emptying the recycle bin or moving large files, then try again. Nothing was lost: what you typed is still here.</source>
            <translation>De schijf van %1 is vol (%2 vrij). Maak minstens %3 ruimte vrij, bijvoorbeeld door de prullenbak te legen of grote bestanden te verplaatsen, en probeer het opnieuw. Er is niets verloren: wat u typte staat er nog.</translation>
        </message>
        <message>
            <source>%1 is on a drive that can only be read (a locked USB stick, a read-only share or a disk with errors). Nothing was changed. Make the drive writable or ask your IT contact, then try again.</source>
            <translation>%1 staat op een schijf die alleen gelezen kan worden (een vergrendelde USB-stick, een alleen-lezen share of een schijf met fouten). Er is niets veranderd. Maak de schijf beschrijfbaar of vraag uw IT-contactpersoon, en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Your account may not write to %1. Nothing was changed. Ask your IT contact to give your account write permission for this folder.</source>
            <translation>Uw account mag niet schrijven in %1. Er is niets veranderd. Vraag uw IT-contactpersoon om uw account schrijfrechten voor deze map te geven.</translation>
        </message>
        <message>
            <source>%1 is not there. If it is on a USB stick or a network drive, connect it and try again. Nothing was lost.</source>
            <translation>%1 is er niet. Staat het op een USB-stick of een netwerkschijf, sluit die dan aan en probeer het opnieuw. Er is niets verloren.</translation>
        </message>
        <message>
            <source>Another program is using the files in %1 (a backup, cloud sync or virus scanner, perhaps). Nothing was lost. Wait a moment and try again; if it keeps happening, close that program.</source>
            <translation>Een ander programma gebruikt de bestanden in %1 (misschien een back-up, cloudsynchronisatie of virusscanner). Er is niets verloren. Wacht even en probeer het opnieuw; blijft het gebeuren, sluit dan dat programma.</translation>
        </message>
        <message>
            <source>The files in %1 cannot be read or written. Nothing was changed.</source>
            <translation>De bestanden in %1 kunnen niet gelezen of geschreven worden. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>The recovery code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>Er zit een tikfout in de herstelcode: de tekens kloppen niet met de controletekens. Vergelijk elke groep met uw geprinte blad.</translation>
        </message>
        <message>
            <source>This recovery code does not open the data on this laptop. If you made a new recovery code later, only the newest one works.</source>
            <translation>Deze herstelcode opent de gegevens op deze laptop niet. Als u later een nieuwe herstelcode hebt gemaakt, werkt alleen de nieuwste.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>Het sleutelbestand van uw gegevens (vault.json) is beschadigd of gewijzigd. Er is niets geopend. Vraag uw IT-contactpersoon het te herstellen.</translation>
        </message>
        <message>
            <source>The backup was made on this laptop, but it could not be copied to the other folder: %1</source>
            <translation>De back-up is op deze laptop gemaakt, maar kon niet naar de andere map gekopieerd worden: %1</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Close the other window or wait until the tool has finished, then try again.</source>
            <translation>Coach Companion is al geopend voor deze gegevensmap, of een IT-programma werkt ermee. Sluit het andere venster of wacht tot het programma klaar is, en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>Het databasebestand (coach.db) is beschadigd of hoort niet bij dit sleutelbestand. Er is niets gewijzigd. Vraag uw IT-contactpersoon een back-up terug te zetten.</translation>
        </message>
        <message>
            <source>A file could not be read or written (%1). Nothing was lost; please try again.</source>
            <translation>Een bestand kon niet gelezen of geschreven worden (%1). Er is niets verloren; probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Er ging iets mis (%1). Er is niets verloren gegaan; probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>MilestonesModel</name>
        <message>
            <source>Milestone</source>
            <translation>Tussenstap</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Bereikt op</translation>
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
            <translation>De server was niet bereikbaar. Er gaat niets verloren; het wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>The server took too long to answer. It is tried again later.</source>
            <translation>De server deed er te lang over om te antwoorden. Het wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>The server had a problem. It is tried again later.</source>
            <translation>De server had een probleem. Het wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). It is tried again later.</source>
            <translation>De server antwoordde onverwacht (misschien een netwerk dat eerst om aanmelden vraagt). Het wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>The server is busy. It is tried again later.</source>
            <translation>De server is bezet. Het wordt later opnieuw geprobeerd.</translation>
        </message>
        <message>
            <source>This laptop's access to the server was withdrawn. Ask your project leader for a new enrolment code.</source>
            <translation>De toegang van deze laptop tot de server is ingetrokken. Vraag uw projectleider om een nieuwe aanmeldcode.</translation>
        </message>
        <message>
            <source>The backup is larger than the server keeps for one laptop. Your data is safe on this laptop; please tell your project leader.</source>
            <translation>De back-up is groter dan wat de server per laptop bewaart. Uw gegevens zijn veilig op deze laptop; meld het aan uw projectleider.</translation>
        </message>
        <message>
            <source>The backup being sent was removed from this laptop; a new one is sent next time.</source>
            <translation>De back-up die werd verstuurd, is van deze laptop verwijderd; de volgende keer wordt een nieuwe verstuurd.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with a server yet (see Sync), so nothing can be handed over or backed up there.</source>
            <translation>Deze laptop is nog niet bij een server aangemeld (zie Synchroniseren), dus er kan niets worden overgedragen of daar worden geback-upt.</translation>
        </message>
        <message>
            <source>This family is no longer on this laptop.</source>
            <translation>Dit gezin staat niet meer op deze laptop.</translation>
        </message>
        <message>
            <source>This family is already being handed over.</source>
            <translation>Dit gezin wordt al overgedragen.</translation>
        </message>
        <message>
            <source>The two laptops run different versions of Coach Companion. Update both to the same version, then try again. Nothing was changed.</source>
            <translation>De twee laptops hebben verschillende versies van Coach Companion. Werk beide bij naar dezelfde versie en probeer het opnieuw. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>This family is already on this laptop. Nothing was changed.</source>
            <translation>Dit gezin staat al op deze laptop. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>This file is not a family handed over with Coach Companion. Nothing was changed.</source>
            <translation>Dit bestand is geen gezin dat met Coach Companion is overgedragen. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The server did not accept this handover (the other laptop may have been withdrawn). Nothing was changed.</source>
            <translation>De server accepteerde deze overdracht niet (de andere laptop is misschien ingetrokken). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>This did not work this time. Nothing is lost.</source>
            <translation>Dit lukte deze keer niet. Er gaat niets verloren.</translation>
        </message>
        <message>
            <source>This family was handed over to another coach's laptop; only that laptop can open it. Nothing was changed.</source>
            <translation>Dit gezin is overgedragen aan de laptop van een andere coach; alleen die laptop kan het openen. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The server does not know the laptop this family comes from (it may have been withdrawn), so it cannot be checked. Nothing was changed.</source>
            <translation>De server kent de laptop waar dit gezin vandaan komt niet (misschien ingetrokken), dus het kan niet worden gecontroleerd. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The handover file is damaged, incomplete or was changed, so it was refused. Nothing was changed. Ask the other coach to send it again.</source>
            <translation>Het overdrachtsbestand is beschadigd, onvolledig of gewijzigd en is daarom geweigerd. Er is niets gewijzigd. Vraag de andere coach het opnieuw te sturen.</translation>
        </message>
        <message>
            <source>This family is being handed over to %1. It cannot be changed here any more; it is erased from this laptop once %1's laptop has taken it over.</source>
            <translation>Dit gezin wordt overgedragen aan %1. Het kan hier niet meer worden gewijzigd; het wordt van deze laptop gewist zodra de laptop van %1 het heeft overgenomen.</translation>
        </message>
        <message>
            <source>This family is being taken over from %1. It can be changed once the server has confirmed the handover (at the next sync).</source>
            <translation>Dit gezin wordt overgenomen van %1. Het kan worden gewijzigd zodra de server de overdracht heeft bevestigd (bij de volgende synchronisatie).</translation>
        </message>
        <message>
            <source>No backup of this laptop is on the server yet.</source>
            <translation>Er staat nog geen back-up van deze laptop op de server.</translation>
        </message>
        <message>
            <source>Last encrypted backup on the server: %1 (%2).</source>
            <translation>Laatste versleutelde back-up op de server: %1 (%2).</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Laatste probleem: %1</translation>
        </message>
    </context>
    <context>
        <name>OffsiteBox</name>
        <message>
            <source>Encrypted backup on the server, and handovers</source>
            <translation>Versleutelde back-up op de server, en overdrachten</translation>
        </message>
        <message>
            <source>Back up to the server now</source>
            <translation>Nu een back-up naar de server</translation>
        </message>
        <message>
            <source>Backup on the server</source>
            <translation>Back-up op de server</translation>
        </message>
        <message>
            <source>Families handed over to you</source>
            <translation>Aan u overgedragen gezinnen</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>&amp;Overnemen</translation>
        </message>
        <message>
            <source>Take over the chosen family</source>
            <translation>Het gekozen gezin overnemen</translation>
        </message>
        <message>
            <source>Take over from a &amp;file…</source>
            <translation>Overnemen uit een be&amp;stand…</translation>
        </message>
        <message>
            <source>Take over a family from a file</source>
            <translation>Een gezin overnemen uit een bestand</translation>
        </message>
        <message>
            <source>A family from %1</source>
            <translation>Een gezin van %1</translation>
        </message>
        <message numerus="yes">
            <source>%n family(ies) waiting to be taken over by: %1. Each is erased here once taken over.</source>
            <translation>
                <numerusform>%n gezin wacht op overname door: %1. Het wordt hier gewist zodra het is overgenomen.</numerusform>
                <numerusform>%n gezinnen wachten op overname door: %1. Elk gezin wordt hier gewist zodra het is overgenomen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The encrypted backup is on the server.</source>
            <translation>De versleutelde back-up staat op de server.</translation>
        </message>
        <message>
            <source>Backing up to the server…</source>
            <translation>Back-up naar de server maken…</translation>
        </message>
        <message>
            <source>Taking the family over…</source>
            <translation>Het gezin overnemen…</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Overgedragen gezinnen (*.package)</translation>
        </message>
        <message>
            <source>The family is now on this laptop.</source>
            <translation>Het gezin staat nu op deze laptop.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Wachtwoord verbergen</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Wachtwoord tonen</translation>
        </message>
        <message>
            <source>Caps Lock is on: letters come out in capitals. Press Caps Lock to turn it off.</source>
            <translation>Caps Lock staat aan: letters worden hoofdletters. Druk op Caps Lock om het uit te zetten.</translation>
        </message>
        <message>
            <source>Use a few words, avoid common phrases.</source>
            <translation>Gebruik een paar woorden en vermijd bekende uitdrukkingen.</translation>
        </message>
        <message>
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>Symbolen, cijfers of hoofdletters zijn niet nodig.</translation>
        </message>
        <message>
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Voeg nog een of twee woorden toe. Ongewone woorden zijn beter.</translation>
        </message>
        <message>
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Rechte rijen toetsen zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Korte toetsenbordpatronen zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Gebruik een langer toetsenbordpatroon met meer bochten.</translation>
        </message>
        <message>
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>Herhalingen zoals "aaa" zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>Herhalingen zoals "abcabcabc" zijn maar iets moeilijker te raden dan "abc".</translation>
        </message>
        <message>
            <source>Avoid repeated words and characters.</source>
            <translation>Vermijd herhaalde woorden en tekens.</translation>
        </message>
        <message>
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>Reeksen zoals "abc" of "6543" zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Avoid sequences.</source>
            <translation>Vermijd reeksen.</translation>
        </message>
        <message>
            <source>Recent years are easy to guess.</source>
            <translation>Recente jaartallen zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Avoid recent years.</source>
            <translation>Vermijd recente jaartallen.</translation>
        </message>
        <message>
            <source>Avoid years that are associated with you.</source>
            <translation>Vermijd jaartallen die met u te maken hebben.</translation>
        </message>
        <message>
            <source>Dates are often easy to guess.</source>
            <translation>Datums zijn vaak makkelijk te raden.</translation>
        </message>
        <message>
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Vermijd datums en jaartallen die met u te maken hebben.</translation>
        </message>
        <message>
            <source>This is a top-10 common password.</source>
            <translation>Dit is een van de 10 meest gebruikte wachtwoorden.</translation>
        </message>
        <message>
            <source>This is a top-100 common password.</source>
            <translation>Dit is een van de 100 meest gebruikte wachtwoorden.</translation>
        </message>
        <message>
            <source>This is a very common password.</source>
            <translation>Dit is een heel veelgebruikt wachtwoord.</translation>
        </message>
        <message>
            <source>This is similar to a commonly used password.</source>
            <translation>Dit lijkt op een veelgebruikt wachtwoord.</translation>
        </message>
        <message>
            <source>A word by itself is easy to guess.</source>
            <translation>Eén woord alleen is makkelijk te raden.</translation>
        </message>
        <message>
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Namen en achternamen alleen zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Common names and surnames are easy to guess.</source>
            <translation>Veelvoorkomende namen en achternamen zijn makkelijk te raden.</translation>
        </message>
        <message>
            <source>Capitalization doesn't help very much.</source>
            <translation>Hoofdletters helpen niet veel.</translation>
        </message>
        <message>
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>Alles in hoofdletters is bijna even makkelijk te raden als alles in kleine letters.</translation>
        </message>
        <message>
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Omgekeerde woorden zijn niet veel moeilijker te raden.</translation>
        </message>
        <message>
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>Voorspelbare vervangingen zoals '@' in plaats van 'a' helpen niet veel.</translation>
        </message>
        <message>
            <source>Too short: use at least %1 characters.</source>
            <translation>Te kort: gebruik minstens %1 tekens.</translation>
        </message>
        <message>
            <source>Very weak: easy to guess.</source>
            <translation>Heel zwak: makkelijk te raden.</translation>
        </message>
        <message>
            <source>Weak: easy to guess.</source>
            <translation>Zwak: makkelijk te raden.</translation>
        </message>
        <message>
            <source>Fair, but still guessable.</source>
            <translation>Redelijk, maar nog te raden.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Sterk.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Heel sterk.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>H&amp;uidig wachtwoord:</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Huidig wachtwoord</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Re&amp;peat new passphrase:</source>
            <translation>Herhaal nieuw &amp;wachtwoord:</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Herhaal nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Wachtwoord wijzigen</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Typ eerst uw huidige wachtwoord.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Wachtwoord wijzigen…</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>Uw wachtwoord is gewijzigd. Gebruik vanaf nu het nieuwe.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Leeftijd</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nieuwe persoon</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Persoon bewerken</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 tot en met %2</translation>
        </message>
        <message>
            <source>from the first month with figures to this month</source>
            <translation>van de eerste maand met cijfers tot deze maand</translation>
        </message>
        <message>
            <source>Programme to date</source>
            <translation>Programma tot nu toe</translation>
        </message>
        <message>
            <source>Q%1 %2 (%3–%4)</source>
            <translation>K%1 %2 (%3–%4)</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>het programma tot nu toe (%1)</translation>
        </message>
        <message>
            <source>“%1” is not a month. Type it as 03-2019 or as March 2019.</source>
            <translation>‘%1’ is geen maand. Typ hem als 03-2019 of als maart 2019.</translation>
        </message>
        <message>
            <source>%1 has not begun yet: there are figures up to %2.</source>
            <translation>%1 is nog niet begonnen: er zijn cijfers tot en met %2.</translation>
        </message>
        <message>
            <source>Months before %1 are not offered.</source>
            <translation>Maanden vóór %1 worden niet aangeboden.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Soort periode</translation>
        </message>
        <message>
            <source>e.g. 03-2019</source>
            <translation>bv. 03-2019</translation>
        </message>
        <message>
            <source>Type a month (03-2019 or March 2019) and press Enter, or pick it from the calendar.</source>
            <translation>Typ een maand (03-2019 of maart 2019) en druk op Enter, of kies hem in de kalender.</translation>
        </message>
        <message>
            <source>Pick the month from a calendar</source>
            <translation>De maand in een kalender kiezen</translation>
        </message>
        <message>
            <source>Calendar: pick a day of the month</source>
            <translation>Kalender: kies een dag van de maand</translation>
        </message>
        <message>
            <source>Quarter or year</source>
            <translation>Kwartaal of jaar</translation>
        </message>
        <message>
            <source>Months of the programme to date</source>
            <translation>Maanden van het programma tot nu toe</translation>
        </message>
        <message>
            <source>Period message</source>
            <translation>Melding over de periode</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>New person</source>
            <translation>Nieuwe persoon</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Persoon bewerken</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Voornaam</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Achternaam</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Geboortedatum</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>G&amp;eslacht</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Naam van het gezin</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geslacht</translation>
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
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Statuswijziging</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication.self</name>
        <message>
            <source>The old recovery code no longer works.</source>
            <translation>De oude herstelcode werkt niet meer.</translation>
        </message>
    </context>
    <context>
        <name>RecordSentence</name>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Statuswijziging</translation>
        </message>
        <message>
            <source>Dutch level</source>
            <translation>Taalniveau Nederlands</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <translation>week %1 van %2</translation>
        </message>
        <message>
            <source>household of %1</source>
            <translation>huishouden van %1</translation>
        </message>
        <message>
            <source>aged %1</source>
            <translation>leeftijd %1</translation>
        </message>
        <message>
            <source>woman or girl</source>
            <translation>vrouw of meisje</translation>
        </message>
        <message>
            <source>man or boy</source>
            <translation>man of jongen</translation>
        </message>
        <message>
            <source>gender X</source>
            <translation>geslacht X</translation>
        </message>
        <message>
            <source>gender not recorded</source>
            <translation>geslacht niet vastgelegd</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Volwassene</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Family in %1, %2, in the programme since %3</source>
            <translation>Gezin in %1, %2, in het programma sinds %3</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 sinds %2</translation>
        </message>
        <message>
            <source>for one person</source>
            <translation>voor één persoon</translation>
        </message>
        <message>
            <source>for the whole family</source>
            <translation>voor het hele gezin</translation>
        </message>
        <message>
            <source>Goal in %1 %2, opened in %3</source>
            <translation>Doel op %1 %2, geopend in %3</translation>
        </message>
        <message>
            <source>The family's status became %1 in %2</source>
            <translation>De status van het gezin werd %1 in %2</translation>
        </message>
        <message>
            <source>A goal's status became %1 in %2</source>
            <translation>De status van een doel werd %1 in %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>onder A1</translation>
        </message>
        <message>
            <source>Dutch at level %1 in %2</source>
            <translation>Nederlands op niveau %1 in %2</translation>
        </message>
        <message>
            <source>%1 in %2, %3 minutes</source>
            <translation>%1 in %2, %3 minuten</translation>
        </message>
        <message>
            <source>Score %1 of 5 for %2 in %3</source>
            <translation>Score %1 van 5 voor %2 in %3</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family was erased</source>
            <translation>Haalt een eerder gegeven weg: het gezin is gewist</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family withdrew its consent</source>
            <translation>Haalt een eerder gegeven weg: het gezin heeft zijn toestemming ingetrokken</translation>
        </message>
        <message>
            <source>Removes an earlier record that was deleted or corrected</source>
            <translation>Haalt een eerder gegeven weg dat verwijderd of verbeterd is</translation>
        </message>
        <message>
            <source>Removes an earlier record</source>
            <translation>Haalt een eerder gegeven weg</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeBox</name>
        <message>
            <source>Recovery code</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>Make a new recovery code if the old one was lost or seen by someone else. The old code stops working.</source>
            <translation>Maak een nieuwe herstelcode als de oude kwijt is of door iemand anders is gezien. De oude code werkt dan niet meer.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>W&amp;achtwoord:</translation>
        </message>
        <message>
            <source>Passphrase for a new recovery code</source>
            <translation>Wachtwoord voor een nieuwe herstelcode</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Nieuwe herstelcode maken</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Nieuwe herstelcode</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Print the new recovery code</source>
            <translation>De nieuwe herstelcode afdrukken</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <source>Save the new recovery code as PDF</source>
            <translation>De nieuwe herstelcode opslaan als pdf</translation>
        </message>
        <message>
            <source>Hide the code</source>
            <translation>Code verbergen</translation>
        </message>
        <message>
            <source>Type your passphrase first.</source>
            <translation>Typ eerst uw wachtwoord.</translation>
        </message>
        <message>
            <source>Making a new recovery code…</source>
            <translation>Nieuwe herstelcode maken…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Unlock with your recovery code</source>
            <translation>Ontgrendelen met uw herstelcode</translation>
        </message>
        <message>
            <source>Type the recovery code from the sheet you printed or wrote down when you set up Coach Companion: 32 characters in 8 groups. Capitals, spaces and dashes do not matter.</source>
            <translation>Typ de herstelcode van het blad dat u printte of opschreef toen u Coach Companion instelde: 32 tekens in 8 groepen. Hoofdletters, spaties en streepjes maken niet uit.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Terug naar het wachtwoord</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Ontgrendelen met de herstelcode</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Kies een nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Your data is open. Choose a new passphrase now: it opens your data from now on. Several words that belong together only for you work well.</source>
            <translation>Uw gegevens zijn open. Kies nu een nieuw wachtwoord: dat opent vanaf nu uw gegevens. Een paar woorden die alleen voor u bij elkaar horen werken goed.</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>He&amp;rhaal het:</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Herhaal het nieuwe wachtwoord</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Nieuw wachtwoord instellen</translation>
        </message>
        <message>
            <source>A new recovery code?</source>
            <translation>Een nieuwe herstelcode?</translation>
        </message>
        <message>
            <source>Your new passphrase is set. The recovery code you used still works. If anyone else may have seen it, make a new one: the old one then stops working.</source>
            <translation>Uw nieuwe wachtwoord is ingesteld. De herstelcode die u gebruikte werkt nog. Kan iemand anders hem gezien hebben, maak dan een nieuwe: de oude werkt dan niet meer.</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Nieuwe herstelcode maken</translation>
        </message>
        <message>
            <source>Keep the current code</source>
            <translation>Huidige code houden</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>Nieuwe herstelcode</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>De herstelcode afdrukken</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>De herstelcode opslaan als pdf</translation>
        </message>
        <message>
            <source>I have written down the new recovery code</source>
            <translation>Ik heb de nieuwe herstelcode opgeschreven</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 van %2 tekens</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Ontgrendelen…</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: see the advice under it.</source>
            <translation>Kies een sterker wachtwoord: zie het advies eronder.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
        <message>
            <source>Setting the new passphrase…</source>
            <translation>Nieuw wachtwoord instellen…</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Coach Companion: your recovery code</source>
            <translation>Coach Companion: uw herstelcode</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens all the data in Coach Companion on your laptop. Anyone who has the laptop and this code can read everything.</source>
            <translation>Als u uw wachtwoord vergeet, opent deze code alle gegevens in Coach Companion op uw laptop. Iedereen die de laptop en deze code heeft, kan alles lezen.</translation>
        </message>
        <message>
            <source>Keep this sheet somewhere safe, away from the laptop. Do not carry them together.</source>
            <translation>Bewaar dit blad op een veilige plek, niet bij de laptop. Neem ze niet samen mee.</translation>
        </message>
        <message>
            <source>The code was shown only once. If this sheet is lost or someone else has seen it, make a new recovery code in Settings; the old code then stops working.</source>
            <translation>De code werd maar één keer getoond. Raakt dit blad kwijt of heeft iemand anders het gezien, maak dan in Instellingen een nieuwe herstelcode; de oude code werkt dan niet meer.</translation>
        </message>
        <message>
            <source>If you saved this sheet as a PDF file, print it, then delete the file. Do not keep the code on the laptop or send it by e-mail.</source>
            <translation>Als u dit blad als pdf-bestand hebt opgeslagen: druk het af en verwijder daarna het bestand. Bewaar de code niet op de laptop en stuur hem niet per e-mail.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisatie: %1</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Gemaakt op %1</translation>
        </message>
        <message>
            <source>recovery-code.pdf</source>
            <translation>herstelcode.pdf</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>De herstelcode opslaan als pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1. Choose another place.</source>
            <translation>De pdf kon niet worden opgeslagen in %1. Kies een andere plek.</translation>
        </message>
        <message>
            <source>The recovery code was saved as %1. Print it, then delete the file.</source>
            <translation>De herstelcode is opgeslagen als %1. Druk hem af en verwijder daarna het bestand.</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>De herstelcode afdrukken</translation>
        </message>
        <message>
            <source>The recovery code could not be printed. Check the printer and try again.</source>
            <translation>De herstelcode kon niet worden afgedrukt. Controleer de printer en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The recovery code was sent to the printer.</source>
            <translation>De herstelcode is naar de printer gestuurd.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Period: %1 (change it on the Dashboard tab).</source>
            <translation>Periode: %1 (wijzig die op het tabblad Dashboard).</translation>
        </message>
        <message>
            <source>Reports for funders and the evaluating university. They use the export threshold: counts below %1 are withheld.</source>
            <translation>Verslagen voor financiers en de evaluerende universiteit. Ze gebruiken de exportdrempel: aantallen onder %1 worden afgeschermd.</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>&amp;Taal van het verslag:</translation>
        </message>
        <message>
            <source>Language of the PDF report</source>
            <translation>Taal van het pdf-verslag</translation>
        </message>
        <message>
            <source>Save &amp;PDF report…</source>
            <translation>&amp;Pdf-verslag opslaan…</translation>
        </message>
        <message>
            <source>Save the funder report as PDF</source>
            <translation>Het verslag voor financiers als pdf opslaan</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>&amp;CSV opslaan…</translation>
        </message>
        <message>
            <source>Save the summary as CSV</source>
            <translation>Het overzicht als CSV opslaan</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Verslag opslaan</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the report (%n page(s)) to %1.</source>
            <translation>
                <numerusform>Het verslag (%n pagina) is opgeslagen in %1.</numerusform>
                <numerusform>Het verslag (%n pagina's) is opgeslagen in %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved the CSV to %1.</source>
            <translation>De CSV is opgeslagen in %1.</translation>
        </message>
        <message>
            <source>Fetching the figures…</source>
            <translation>De cijfers worden opgehaald…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>Restore from the server</source>
            <extracomment>The HTTP transport (None: the network); tests and screenshots use the server's own.</extracomment>
            <translation>Herstellen van de server</translation>
        </message>
        <message>
            <source>Use this on a new laptop that replaces a lost, stolen or broken one. Your project leader gives you an enrolment code for the laptop you replace; you also need your recovery code. The server keeps only an encrypted copy it cannot read.</source>
            <translation>Gebruik dit op een nieuwe laptop die een verloren, gestolen of kapotte vervangt. Uw projectleider geeft u een aanmeldcode voor de laptop die u vervangt; u hebt ook uw herstelcode nodig. De server bewaart alleen een versleutelde kopie die hij niet kan lezen.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Serveradres:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <source>&amp;Enrolment code:</source>
            <translation>&amp;Aanmeldcode:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Aanmeldcode</translation>
        </message>
        <message>
            <source>Find my backup</source>
            <translation>Mijn back-up zoeken</translation>
        </message>
        <message>
            <source>← Set up a new, empty laptop instead</source>
            <translation>← In plaats daarvan een nieuwe, lege laptop instellen</translation>
        </message>
        <message>
            <source>Back to setting up a new laptop</source>
            <translation>Terug naar een nieuwe laptop instellen</translation>
        </message>
        <message>
            <source>&amp;Recovery code:</source>
            <translation>&amp;Herstelcode:</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Herstelcode</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nieuw wachtwoord:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuw wachtwoord</translation>
        </message>
        <message>
            <source>Re&amp;peat passphrase:</source>
            <translation>He&amp;rhaal wachtwoord:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Herhaal wachtwoord</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Recovery code lost? IT staff can restore this laptop with the organisation's key (coach-app recover --from-server).</source>
            <translation>Herstelcode kwijt? IT-medewerkers kunnen deze laptop herstellen met de sleutel van de organisatie (coach-app recover --from-server).</translation>
        </message>
        <message>
            <source>Enter the server address.</source>
            <translation>Vul het adres van de server in.</translation>
        </message>
        <message>
            <source>Downloading the encrypted backup…</source>
            <translation>De versleutelde back-up downloaden…</translation>
        </message>
        <message>
            <source>Found the encrypted backup of %1 (%2). Type your recovery code and choose a new passphrase for this laptop.</source>
            <translation>De versleutelde back-up van %1 (%2) is gevonden. Typ uw herstelcode en kies een nieuw wachtwoord voor deze laptop.</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>Dit wachtwoord is makkelijk te raden. Kies een sterker: zie het advies.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
        <message>
            <source>Opening and checking the backup…</source>
            <translation>De back-up openen en controleren…</translation>
        </message>
        <message>
            <source>The server has no backup of the laptop this code names. Ask your project leader for a code for the laptop you replace (not for a new one).</source>
            <translation>De server heeft geen back-up van de laptop die deze code noemt. Vraag uw projectleider om een code voor de laptop die u vervangt (niet voor een nieuwe).</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired; ask your project leader for a new one.</source>
            <translation>De aanmeldcode is niet geaccepteerd. Hij kan verkeerd getypt, al gebruikt of verlopen zijn; vraag uw projectleider om een nieuwe.</translation>
        </message>
        <message>
            <source>This recovery code does not open this backup. Use the recovery code of the laptop you replace (the newest one, if you made a new one). Nothing was changed.</source>
            <translation>Deze herstelcode opent deze back-up niet. Gebruik de herstelcode van de laptop die u vervangt (de nieuwste, als u een nieuwe hebt gemaakt). Er is niets veranderd.</translation>
        </message>
        <message>
            <source>The backup is damaged, incomplete or was changed, so it was refused. Nothing was changed on this laptop. Try again; if it happens again, tell your project leader.</source>
            <translation>De back-up is beschadigd, onvolledig of gewijzigd en is daarom geweigerd. Er is niets gewijzigd op deze laptop. Probeer het opnieuw; gebeurt het weer, meld het dan aan uw projectleider.</translation>
        </message>
    </context>
    <context>
        <name>RevokeConfirmation</name>
        <message>
            <source>Revoke a laptop</source>
            <translation>Een laptop intrekken</translation>
        </message>
        <message>
            <source>Revoke the laptop of %1?</source>
            <translation>De laptop van %1 intrekken?</translation>
        </message>
        <message>
            <source>This laptop (device %1) will no longer be able to send records to the server. What it has sent already stays. To sync again, the coach needs a new enrolment code. This cannot be undone.</source>
            <translation>Deze laptop (apparaat %1) kan dan geen gegevens meer naar de server sturen. Wat hij al heeft gestuurd, blijft bewaard. Om weer te synchroniseren heeft de coach een nieuwe aanmeldcode nodig. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>&amp;Revoke laptop</source>
            <translation>Laptop &amp;intrekken</translation>
        </message>
        <message>
            <source>Revoke this laptop</source>
            <translation>Deze laptop intrekken</translation>
        </message>
        <message>
            <source>&amp;Keep it enrolled</source>
            <translation>Aangemeld &amp;houden</translation>
        </message>
        <message>
            <source>Keep this laptop enrolled</source>
            <translation>Deze laptop aangemeld houden</translation>
        </message>
    </context>
    <context>
        <name>ServerBox</name>
        <message>
            <source>Server and enrolment</source>
            <translation>Server en aanmelding</translation>
        </message>
        <message>
            <source>Anonymised progress records go to your organisation's server once this laptop is enrolled with a code from your project leader. Enrolling, the sync status and what will be sent are on the Sync screen.</source>
            <translation>Geanonimiseerde voortgangsgegevens gaan naar de server van uw organisatie zodra deze laptop is aangemeld met een code van uw projectleider. Aanmelden, de synchronisatiestatus en wat er verstuurd wordt, staan op het scherm Synchronisatie.</translation>
        </message>
        <message>
            <source>Enrol this laptop or see the sync status…</source>
            <translation>Deze laptop aanmelden of de synchronisatiestatus bekijken…</translation>
        </message>
        <message>
            <source>Open the Sync screen to enrol this laptop</source>
            <translation>Open het scherm Synchronisatie om deze laptop aan te melden</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Replacing a laptop? Restore from the server</source>
            <translation>Vervangt u een laptop? Herstel van de server</translation>
        </message>
        <message>
            <source>Restore from the server</source>
            <translation>Herstellen van de server</translation>
        </message>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Projectleider? Meld u aan bij de server</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Aanmelden als projectleider</translation>
        </message>
        <message>
            <source>Welcome to Coach Companion</source>
            <translation>Welkom bij Coach Companion</translation>
        </message>
        <message>
            <source>Everything you record stays on this laptop, encrypted with your passphrase. Choose a passphrase of at least %1 characters that only you know.</source>
            <translation>Alles wat u vastlegt blijft op deze laptop, versleuteld met uw wachtwoord. Kies een wachtwoord van minstens %1 tekens dat alleen u kent.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>He&amp;rhaal wachtwoord:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Herhaal wachtwoord</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Aanmaken</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Uw herstelcode</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>De herstelcode afdrukken</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Opslaan als pdf…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>De herstelcode opslaan als pdf</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens your data. It is shown only now. Write it down and keep it somewhere safe, away from this laptop.</source>
            <translation>Als u uw wachtwoord vergeet, opent deze code uw gegevens. De code wordt alleen nu getoond. Schrijf hem op en bewaar hem op een veilige plek, niet bij deze laptop.</translation>
        </message>
        <message>
            <source>I have written down the recovery code</source>
            <translation>Ik heb de herstelcode opgeschreven</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>Dit wachtwoord is makkelijk te raden. Kies een sterker: zie het advies.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtwoorden zijn niet gelijk.</translation>
        </message>
        <message>
            <source>Setting up encryption…</source>
            <translation>Versleuteling instellen…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Save the visit (visit editor)</source>
            <translation>Bezoek opslaan (in het bezoekscherm)</translation>
        </message>
        <message>
            <source>Next field</source>
            <translation>Volgend veld</translation>
        </message>
        <message>
            <source>Close a dialog without saving</source>
            <translation>Venster sluiten zonder opslaan</translation>
        </message>
        <message>
            <source>Open the selected family or visit</source>
            <translation>Gekozen gezin of bezoek openen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Lijst met sneltoetsen sluiten</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Sections</source>
            <translation>Onderdelen</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Coach Companion is already open for this data folder. Its window has been brought to the front. Only one window can use the data at a time, so that nothing is lost.</source>
            <translation>Coach Companion is al geopend voor deze gegevensmap. Dat venster is naar voren gehaald. Er kan maar één venster tegelijk met de gegevens werken, zodat er niets verloren gaat.</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Only one can use the data at a time, so that nothing is lost. Switch to the open window, or wait until the IT tool has finished, then try again.</source>
            <translation>Coach Companion is al geopend voor deze gegevensmap, of een IT-programma werkt ermee. Er kan er maar één tegelijk met de gegevens werken, zodat er niets verloren gaat. Ga naar het geopende venster, of wacht tot het IT-programma klaar is, en probeer het opnieuw.</translation>
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
            <translation>Deze back-up is beschadigd, is veranderd, of is gemaakt met een andere sleutel (bijvoorbeeld voordat de gegevens opnieuw zijn versleuteld). Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Another task is still running. Wait a moment and try again.</source>
            <translation>Er loopt nog een andere taak. Wacht even en probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Coach Companion cannot start: the settings file your organisation installed on this laptop has a mistake.</source>
            <translation>Coach Companion kan niet starten: het instellingenbestand dat uw organisatie op deze laptop heeft gezet, bevat een fout.</translation>
        </message>
        <message>
            <source>Your data is safe and unchanged. Please contact your IT staff and tell them what the details say.</source>
            <translation>Uw gegevens zijn veilig en niet veranderd. Neem contact op met uw IT-afdeling en geef door wat er bij de details staat.</translation>
        </message>
    </context>
    <context>
        <name>StatusChoiceDelegate</name>
        <message>
            <source>New status</source>
            <translation>Nieuwe status</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>The server could not be reached. Nothing is lost: the records wait on this laptop and are sent when the network is back.</source>
            <translation>De server is niet bereikbaar. Er gaat niets verloren: de gegevens wachten op deze laptop en worden verstuurd zodra er weer netwerk is.</translation>
        </message>
        <message>
            <source>The server took too long to answer. Nothing is lost: the records are sent again later.</source>
            <translation>De server antwoordde te laat. Er gaat niets verloren: de gegevens worden later opnieuw verstuurd.</translation>
        </message>
        <message>
            <source>The server had a problem. Nothing is lost: the records are sent again later.</source>
            <translation>De server had een probleem. Er gaat niets verloren: de gegevens worden later opnieuw verstuurd.</translation>
        </message>
        <message>
            <source>This laptop may no longer send records: its access was withdrawn. Ask your project leader for a new enrolment code and enrol again.</source>
            <translation>Deze laptop mag geen gegevens meer versturen: de toegang is ingetrokken. Vraag uw projectleider om een nieuwe aanmeldcode en meld opnieuw aan.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). Nothing is lost: the records are sent again later.</source>
            <translation>De server gaf een onverwacht antwoord (misschien een netwerk waarop u eerst moet inloggen). Er gaat niets verloren: de gegevens worden later opnieuw verstuurd.</translation>
        </message>
        <message>
            <source>The server is busy. Nothing is lost: the records are sent again later.</source>
            <translation>De server is druk. Er gaat niets verloren: de gegevens worden later opnieuw verstuurd.</translation>
        </message>
        <message>
            <source>The server did not accept this laptop's requests; it may need an update. Nothing is lost: the records wait on this laptop. Please tell your project leader.</source>
            <translation>De server accepteerde de verzoeken van deze laptop niet; misschien moet hij worden bijgewerkt. Er gaat niets verloren: de gegevens wachten op deze laptop. Meld dit aan uw projectleider.</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired.</source>
            <translation>De aanmeldcode werd niet geaccepteerd. Misschien is hij verkeerd getypt, al gebruikt of verlopen.</translation>
        </message>
        <message>
            <source>The server address must start with http:// or https://.</source>
            <translation>Het serveradres moet beginnen met http:// of https://.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>Het serveradres moet beginnen met https://. Gewoon http:// mag alleen naar deze computer zelf.</translation>
        </message>
        <message>
            <source>The server still holds something other than this laptop after sending again. Nothing is lost on this laptop; it tries again at the next sync. If this stays, please tell your project leader.</source>
            <translation>De server heeft na opnieuw versturen nog steeds iets anders dan deze laptop. Op deze laptop gaat niets verloren; bij de volgende synchronisatie probeert hij het opnieuw. Blijft dit zo, meld het dan aan uw projectleider.</translation>
        </message>
        <message>
            <source>Sync did not work this time. Nothing is lost.</source>
            <translation>Synchroniseren is deze keer niet gelukt. Er gaat niets verloren.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept in the field %1.</source>
            <translation>De server vond een waarde die hij niet kan aannemen in het veld %1.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept.</source>
            <translation>De server vond een waarde die hij niet kan aannemen.</translation>
        </message>
        <message>
            <source>The server already holds this version of the record with other contents.</source>
            <translation>De server heeft deze versie van het gegeven al, met een andere inhoud.</translation>
        </message>
        <message>
            <source>The server holds this record as another kind of record.</source>
            <translation>De server heeft dit gegeven als een ander soort gegeven.</translation>
        </message>
        <message>
            <source>Held back: the family is being handed over to another laptop.</source>
            <translation>Tegengehouden: het gezin wordt overgedragen aan een andere laptop.</translation>
        </message>
        <message>
            <source>The server refused this record.</source>
            <translation>De server heeft dit gegeven geweigerd.</translation>
        </message>
        <message>
            <source>Record and the server's reason</source>
            <translation>Gegeven en de reden van de server</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Wat wordt verstuurd</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sending…</source>
            <translation>Bezig met versturen…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Nu synchroniseren</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Synchronisatiestatus</translation>
        </message>
        <message>
            <source>Enrol this laptop</source>
            <translation>Deze laptop aanmelden</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Aanmeldcode</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>What will be sent (anonymised: no names, no notes)</source>
            <translation>Wat wordt verstuurd (geanonimiseerd: geen namen, geen aantekeningen)</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>Wat wordt verstuurd</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show the selected record exactly as it is sent</source>
            <translation>Het gekozen gegeven tonen precies zoals het wordt verstuurd</translation>
        </message>
        <message>
            <source>The selected record as it is sent</source>
            <translation>Het gekozen gegeven zoals het wordt verstuurd</translation>
        </message>
        <message>
            <source>Choose a record above to see it exactly as it is sent.</source>
            <translation>Kies hierboven een gegeven om het precies te zien zoals het wordt verstuurd.</translation>
        </message>
        <message>
            <source>Records the server refused</source>
            <translation>Gegevens die de server weigerde</translation>
        </message>
        <message>
            <source>Send refused records again</source>
            <translation>Geweigerde gegevens opnieuw versturen</translation>
        </message>
        <message>
            <source>This laptop is enrolled with the server %1.</source>
            <translation>Deze laptop is aangemeld bij de server %1.</translation>
        </message>
        <message>
            <source>Enrolled. This laptop now sends to the server %1.</source>
            <translation>Aangemeld. Deze laptop verstuurt nu naar de server %1.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled yet. Enter the server address and an enrolment code from your project leader.</source>
            <translation>Deze laptop is nog niet aangemeld. Vul het serveradres in en een aanmeldcode van uw projectleider.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n gegeven wacht op verzending.</numerusform>
                <numerusform>%n gegevens wachten op verzending.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) refused by the server (see below).</source>
            <translation>
                <numerusform>%n gegeven geweigerd door de server (zie hieronder).</numerusform>
                <numerusform>%n gegevens geweigerd door de server (zie hieronder).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Laatste geslaagde synchronisatie: %1</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Er is nog niets verstuurd.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Laatste probleem: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Status or level</source>
            <translation>Status of niveau</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Status in het programma</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Doel: %1</translation>
        </message>
        <message>
            <source>Dutch level (CEFR)</source>
            <translation>Niveau Nederlands (ERK)</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Hele gezin</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>What happened and when, newest first: the programme status, every status of every goal and the Dutch levels, each on the day it happened.</source>
            <translation>Wat er gebeurde en wanneer, nieuwste eerst: de programmastatus, elke status van elk doel en de niveaus Nederlands, elk op de dag waarop het gebeurde.</translation>
        </message>
        <message>
            <source>History, newest first</source>
            <translation>Geschiedenis, nieuwste eerst</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Change date or level…</source>
            <translation>Datum of niveau wijzigen…</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Datum wijzigen…</translation>
        </message>
        <message>
            <source>Select an entry of the history first.</source>
            <translation>Kies eerst een gebeurtenis in de historie.</translation>
        </message>
        <message>
            <source>Correct the date of the selected entry (Enter or F2).</source>
            <translation>De datum van de gekozen gebeurtenis corrigeren (Enter of F2).</translation>
        </message>
        <message>
            <source>Correct the date or the level of the selected entry (Enter or F2).</source>
            <translation>De datum of het niveau van de gekozen gebeurtenis corrigeren (Enter of F2).</translation>
        </message>
        <message>
            <source>Delete the selected entry, after a question (Delete key).</source>
            <translation>De gekozen gebeurtenis verwijderen, na een vraag (Delete-toets).</translation>
        </message>
        <message>
            <source>Delete a history entry</source>
            <translation>Een gebeurtenis uit de historie verwijderen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Mark the selected follow-up action as done</source>
            <translation>De gekozen vervolgactie als afgerond markeren</translation>
        </message>
        <message>
            <source>&amp;Move to:</source>
            <translation>&amp;Verplaatsen naar:</translation>
        </message>
        <message>
            <source>New due date for the selected action</source>
            <translation>Nieuwe datum voor de gekozen actie</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Verplaatsen</translation>
        </message>
        <message>
            <source>Move the selected follow-up action to the new due date</source>
            <translation>De gekozen vervolgactie naar de nieuwe datum verplaatsen</translation>
        </message>
        <message numerus="yes">
            <source>Visits planned (%n)</source>
            <translation>
                <numerusform>Geplande bezoeken (%n)</numerusform>
                <numerusform>Geplande bezoeken (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held today: %n</source>
            <translation>
                <numerusform>vandaag gehouden: %n</numerusform>
                <numerusform>vandaag gehouden: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No visits planned in the next %1 days. To plan one, open a family and choose New visit (Ctrl+N).</source>
            <translation>Geen bezoeken gepland in de komende %1 dagen. Open een gezin en kies Nieuw bezoek (Ctrl+N) om er een te plannen.</translation>
        </message>
        <message numerus="yes">
            <source>Follow-up actions to do (%n)</source>
            <translation>
                <numerusform>Vervolgacties te doen (%n)</numerusform>
                <numerusform>Vervolgacties te doen (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up actions due in the next %1 days, none overdue. Actions you agree during a visit appear here when they are due.</source>
            <translation>Geen vervolgacties in de komende %1 dagen en niets te laat. Acties die u tijdens een bezoek afspreekt, verschijnen hier als ze aan de beurt zijn.</translation>
        </message>
        <message>
            <source>Follow-up actions to do</source>
            <translation>Vervolgacties te doen</translation>
        </message>
        <message>
            <source>No open goals with a target date in the next %1 days. Give a goal a target date on the family's Goals tab to see it here.</source>
            <translation>Geen open doelen met een streefdatum in de komende %1 dagen. Geef een doel een streefdatum op het tabblad Doelen van het gezin om het hier te zien.</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Geplande bezoeken</translation>
        </message>
        <message numerus="yes">
            <source>Goals near their target date (%n)</source>
            <translation>
                <numerusform>Doelen bijna op streefdatum (%n)</numerusform>
                <numerusform>Doelen bijna op streefdatum (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Goals near their target date</source>
            <translation>Doelen bijna op streefdatum</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Projectleider? Meld u aan bij de server</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Aanmelden als projectleider</translation>
        </message>
        <message>
            <source>Coach Companion is locked</source>
            <translation>Coach Companion is vergrendeld</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtwoord</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Forgot your passphrase? Use your recovery code</source>
            <translation>Wachtwoord vergeten? Gebruik uw herstelcode</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Ontgrendelen met de herstelcode</translation>
        </message>
        <message>
            <source>Demo data. The demo passphrase is: %1</source>
            <translation>Demogegevens. Het demowachtwoord is: %1</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Typ uw wachtwoord.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Ontgrendelen…</translation>
        </message>
    </context>
    <context>
        <name>VisitEditor</name>
        <message>
            <source>New visit</source>
            <translation>Nieuw bezoek</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Bezoek bewerken</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Bezoek opslaan</translation>
        </message>
        <message>
            <source>Save the visit (Ctrl+S)</source>
            <translation>Bezoek opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Restored draft</source>
            <translation>Teruggezet concept</translation>
        </message>
        <message>
            <source>What you typed earlier (last kept %1) was not saved yet and has been restored. Check it and save the visit.</source>
            <translation>Wat u eerder typte (laatst bewaard %1) was nog niet opgeslagen en is teruggezet. Controleer het en sla het bezoek op.</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notities: %1</translation>
        </message>
        <message>
            <source>Follow-up action %1: %2</source>
            <translation>Vervolgactie %1: %2</translation>
        </message>
        <message>
            <source>Note on the goal “%1”: %2</source>
            <translation>Notitie bij het doel “%1”: %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>This is too long to keep as a draft; shorten it.</source>
            <translation>Dit is te lang om als concept te bewaren; maak het korter.</translation>
        </message>
        <message>
            <source>Draft kept</source>
            <translation>Concept bewaard</translation>
        </message>
        <message>
            <source>The draft could not be kept; it is retried as you type.</source>
            <translation>Het concept kon niet worden bewaard; dat wordt opnieuw geprobeerd terwijl u typt.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
        <message>
            <source>This visit or one of its goals was changed elsewhere after you opened it, so nothing was saved. What you typed is kept as a draft. Cancel, choose 'Keep as draft', and open the visit again to see the latest version.</source>
            <translation>Dit bezoek of een van de doelen is ergens anders gewijzigd nadat u het opende, dus er is niets opgeslagen. Wat u typte is als concept bewaard. Kies Annuleren, dan 'Als concept bewaren', en open het bezoek opnieuw om de nieuwste versie te zien.</translation>
        </message>
        <message>
            <source>A goal cannot change to the status you chose. Choose another status.</source>
            <translation>Een doel kan niet naar de gekozen status. Kies een andere status.</translation>
        </message>
        <message>
            <source>This family or visit no longer exists, so the visit was not saved.</source>
            <translation>Dit gezin of bezoek bestaat niet meer, dus het bezoek is niet opgeslagen.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Vervolgactie</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Voortgangsnotitie bij het doel</translation>
        </message>
        <message>
            <source>Something you typed is longer than a visit can hold (%1: at most %2 characters). Shorten it and save again; what you typed is kept as a draft.</source>
            <translation>Iets wat u typte is langer dan een bezoek kan bevatten (%1: hoogstens %2 tekens). Maak het korter en sla opnieuw op; wat u typte blijft bewaard als concept.</translation>
        </message>
        <message>
            <source>Please check the visit: %1</source>
            <translation>Controleer het bezoek: %1</translation>
        </message>
        <message>
            <source>Close the visit</source>
            <translation>Bezoek sluiten</translation>
        </message>
        <message>
            <source>This visit is not saved. What should happen to what you typed?</source>
            <translation>Dit bezoek is niet opgeslagen. Wat moet er gebeuren met wat u typte?</translation>
        </message>
        <message>
            <source>Throw it away</source>
            <translation>Weggooien</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Als concept bewaren</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Verder bewerken</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <source>Follow-up action</source>
            <translation>Vervolgactie</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Voortgangsnotitie bij het doel</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Datum en tijd:</translation>
        </message>
        <message>
            <source>Date and time of the visit</source>
            <translation>Datum en tijd van het bezoek</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uur:</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duur in minuten</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Waar:</translation>
        </message>
        <message>
            <source>Kind of visit</source>
            <translation>Soort bezoek</translation>
        </message>
        <message>
            <source>&amp;People present</source>
            <translation>&amp;Aanwezig</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>Aanwezigen</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Onderwerpen</translation>
        </message>
        <message>
            <source>Topics discussed</source>
            <translation>Besproken onderwerpen</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notities</translation>
        </message>
        <message>
            <source>Visit notes</source>
            <translation>Notities van het bezoek</translation>
        </message>
        <message>
            <source>&amp;Follow-up actions</source>
            <translation>&amp;Vervolgacties</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Vervolgacties</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Doelen</translation>
        </message>
        <message>
            <source>Goal updates</source>
            <translation>Voortgang van doelen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>What did you talk about? What was agreed?</source>
            <translation>Waarover hebt u gesproken? Wat is afgesproken?</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Add a follow-up action</source>
            <translation>Een vervolgactie toevoegen</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected follow-up action</source>
            <translation>De gekozen vervolgactie verwijderen</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Vorm</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Onderwerpen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Open acties</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Today %1</source>
            <translation>Vandaag %1</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuut</numerusform>
                <numerusform>%n minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Held today</source>
            <translation>Vandaag gehouden</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;Nieuw bezoek</translation>
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation>Bezoeken, nieuwste eerst</translation>
        </message>
    </context>
    <context>
        <name>_LimitTexts</name>
        <message numerus="yes">
            <source>%n character(s) too many: at most %1 fit. Shorten it; nothing you typed is lost.</source>
            <translation>
                <numerusform>%n teken te veel: er passen er hoogstens %1. Maak het korter; niets wat u typte gaat verloren.</numerusform>
                <numerusform>%n tekens te veel: er passen er hoogstens %1. Maak het korter; niets wat u typte gaat verloren.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>The code is %n character(s) too short. Check that no group is missing.</source>
            <translation>
                <numerusform>De code is %n teken te kort. Controleer of er geen groep ontbreekt.</numerusform>
                <numerusform>De code is %n tekens te kort. Controleer of er geen groep ontbreekt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The code has %n character(s) too many. Check that no group was typed twice.</source>
            <translation>
                <numerusform>De code heeft %n teken te veel. Controleer of er geen groep twee keer is getypt.</numerusform>
                <numerusform>De code heeft %n tekens te veel. Controleer of er geen groep twee keer is getypt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Te veel foute pogingen. Wacht %n seconde en probeer het opnieuw.</numerusform>
                <numerusform>Te veel foute pogingen. Wacht %n seconden en probeer het opnieuw.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_SectionBox</name>
        <message numerus="yes">
            <source>%n withheld value(s) are not drawn: their bars are left out (a gap), not drawn as zero or as a number.</source>
            <extracomment>Pixels of the row-label column before its labels wrap. Pixels of table width up to which its chart stands beside it (else below it). Milliseconds between the last change of period and the request. Milliseconds between fetches while the server is still including newer records.</extracomment>
            <translation>
                <numerusform>%n afgeschermde waarde wordt niet getekend: de staaf ontbreekt (een gat), niet getekend als nul of als getal.</numerusform>
                <numerusform>%n afgeschermde waarden worden niet getekend: de staven ontbreken (een gat), niet getekend als nul of als getal.</numerusform>
            </translation>
        </message>
    </context>
</TS>
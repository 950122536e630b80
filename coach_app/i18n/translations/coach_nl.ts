<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
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
            <source>Search by name or municipality</source>
            <translation>Zoek op naam of gemeente</translation>
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
        <name>FamilyPage</name>
        <message>
            <source>Family</source>
            <translation>Gezin</translation>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Coach Companion</source>
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
            <source>Sections</source>
            <translation>Onderdelen</translation>
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
            <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
            <translation>Te vaak een verkeerd wachtwoord. Wacht %1 seconden en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Dat wachtwoord klopt niet. Controleer Caps Lock en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>That recovery code is not right. Check every group and try again.</source>
            <translation>Die herstelcode klopt niet. Controleer elke groep en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>Het sleutelbestand van uw gegevens (vault.json) is beschadigd of gewijzigd. Er is niets geopend. Vraag uw IT-contactpersoon het te herstellen.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>Het databasebestand (coach.db) is beschadigd of hoort niet bij dit sleutelbestand. Er is niets gewijzigd. Vraag uw IT-contactpersoon een back-up terug te zetten.</translation>
        </message>
        <message>
            <source>Your data could not be read or written (disk full or no permission?).</source>
            <translation>Uw gegevens konden niet worden gelezen of opgeslagen (schijf vol of geen toegang?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Er ging iets mis (%1). Er is niets verloren gegaan; probeer het opnieuw.</translation>
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
            <translation>&amp;Herhaal wachtwoord:</translation>
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
            <source>Too short</source>
            <translation>Te kort</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>Zwak: voeg meer woorden toe</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Redelijk</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Sterk</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>Het wachtwoord moet minstens %1 tekens hebben.</translation>
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
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
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
</TS>
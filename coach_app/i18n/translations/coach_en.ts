<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>FamiliesModel</name>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Open goals</source>
            <translation>Open goals</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
    </context>
    <context>
        <name>FamiliesPage</name>
        <message>
            <source>Families</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Search by name or municipality</source>
            <translation>Search by name or municipality</translation>
        </message>
        <message>
            <source>Search families</source>
            <translation>Search families</translation>
        </message>
        <message>
            <source>Filter by programme status</source>
            <translation>Filter by programme status</translation>
        </message>
        <message>
            <source>New family</source>
            <translation>New family</translation>
        </message>
        <message>
            <source>Add a family (Ctrl+N)</source>
            <translation>Add a family (Ctrl+N)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message numerus="yes">
            <source>%n families</source>
            <translation>
                <numerusform>%n family</numerusform>
                <numerusform>%n families</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 families</source>
            <translation>%1 of %2 families</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>Family</source>
            <translation>Family</translation>
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
            <translation>Active</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Home visit</translation>
        </message>
        <message>
            <source>At the club</source>
            <translation>At the club</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Video call</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Work</translation>
        </message>
        <message>
            <source>Entrepreneurship</source>
            <translation>Entrepreneurship</translation>
        </message>
        <message>
            <source>Sport and participation</source>
            <translation>Sport and participation</translation>
        </message>
        <message>
            <source>Civic integration</source>
            <translation>Civic integration</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Finances</source>
            <translation>Finances</translation>
        </message>
        <message>
            <source>Housing</source>
            <translation>Housing</translation>
        </message>
        <message>
            <source>Social network</source>
            <translation>Social network</translation>
        </message>
        <message>
            <source>Parenting</source>
            <translation>Parenting</translation>
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
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Lock now (Ctrl+L)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Too many wrong attempts. Wait %1 seconds and try again.</source>
            <translation>Too many wrong attempts. Wait %1 seconds and try again.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>That passphrase is not right. Check Caps Lock and try again.</translation>
        </message>
        <message>
            <source>That recovery code is not right. Check every group and try again.</source>
            <translation>That recovery code is not right. Check every group and try again.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</translation>
        </message>
        <message>
            <source>Your data could not be read or written (disk full or no permission?).</source>
            <translation>Your data could not be read or written (disk full or no permission?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Something went wrong (%1). Nothing was lost; please try again.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Project leader? Sign in to the server</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Project leader sign-in</translation>
        </message>
        <message>
            <source>Welcome to Coach Companion</source>
            <translation>Welcome to Coach Companion</translation>
        </message>
        <message>
            <source>Everything you record stays on this laptop, encrypted with your passphrase. Choose a passphrase of at least %1 characters that only you know.</source>
            <translation>Everything you record stays on this laptop, encrypted with your passphrase. Choose a passphrase of at least %1 characters that only you know.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>&amp;Repeat passphrase:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Your recovery code</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens your data. It is shown only now. Write it down and keep it somewhere safe, away from this laptop.</source>
            <translation>If you forget your passphrase, this code opens your data. It is shown only now. Write it down and keep it somewhere safe, away from this laptop.</translation>
        </message>
        <message>
            <source>I have written down the recovery code</source>
            <translation>I have written down the recovery code</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>Weak: add more words</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>The passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Setting up encryption…</source>
            <translation>Setting up encryption…</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Project leader? Sign in to the server</source>
            <translation>Project leader? Sign in to the server</translation>
        </message>
        <message>
            <source>Project leader sign-in</source>
            <translation>Project leader sign-in</translation>
        </message>
        <message>
            <source>Coach Companion is locked</source>
            <translation>Coach Companion is locked</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Demo data. The demo passphrase is: %1</source>
            <translation>Demo data. The demo passphrase is: %1</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Type your passphrase.</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
    </context>
</TS>
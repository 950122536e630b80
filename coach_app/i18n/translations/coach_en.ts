<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>About</name>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>For coaches who visit families at home. Everything you record stays on this laptop, encrypted; only anonymised progress records are sent, with the family's consent.</source>
            <translation>For coaches who visit families at home. Everything you record stays on this laptop, encrypted; only anonymised progress records are sent, with the family's consent.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
        <message>
            <source>Help &gt; User guide (F1) explains every screen.</source>
            <translation>Help &gt; User guide (F1) explains every screen.</translation>
        </message>
        <message>
            <source>About Coach Companion</source>
            <translation>About Coach Companion</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Coach Companion %1</source>
            <translation>Coach Companion %1</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Data folder: %1</translation>
        </message>
        <message>
            <source>Deployment file: %1</source>
            <translation>Deployment file: %1</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
    </context>
    <context>
        <name>AppMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>New &amp;family…</source>
            <translation>New &amp;family…</translation>
        </message>
        <message>
            <source>New &amp;visit…</source>
            <translation>New &amp;visit…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>F&amp;amilies</source>
            <translation>F&amp;amilies</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <source>S&amp;ettings</source>
            <translation>S&amp;ettings</translation>
        </message>
        <message>
            <source>&amp;Find a family…</source>
            <translation>&amp;Find a family…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Coach Companion</source>
            <translation>&amp;About Coach Companion</translation>
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
            <translation>No scores yet. Record a score above to see the progress over time.</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Scores over time</translation>
        </message>
        <message>
            <source>Chart of scores over time per life domain</source>
            <translation>Chart of scores over time per life domain</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Life domain</translation>
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
            <translation>Record a score (1 = not self-reliant, 5 = fully)</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>For whom</translation>
        </message>
        <message>
            <source>Score from 1 to 5</source>
            <translation>Score from 1 to 5</translation>
        </message>
        <message>
            <source>Date of the score</source>
            <translation>Date of the score</translation>
        </message>
        <message>
            <source>Save score</source>
            <translation>Save score</translation>
        </message>
        <message>
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <source>Record an adult's level of Dutch (CEFR)</source>
            <translation>Record an adult's level of Dutch (CEFR)</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Level of Dutch (CEFR)</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Date of the level</translation>
        </message>
        <message>
            <source>Save level</source>
            <translation>Save level</translation>
        </message>
        <message>
            <source>Levels of Dutch recorded</source>
            <translation>Levels of Dutch recorded</translation>
        </message>
        <message>
            <source>People who are 18 or over on the level's date (without a birth date: those whose role is Adult).</source>
            <translation>People who are 18 or over on the level's date (without a birth date: those whose role is Adult).</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Whole family</translation>
        </message>
        <message>
            <source>Saved: %1 for %2 on %3.</source>
            <translation>Saved: %1 for %2 on %3.</translation>
        </message>
    </context>
    <context>
        <name>AutoLockBox</name>
        <message>
            <source>Automatic lock</source>
            <translation>Automatic lock</translation>
        </message>
        <message>
            <source>Lock after &amp;minutes without use:</source>
            <translation>Lock after &amp;minutes without use:</translation>
        </message>
        <message>
            <source>Minutes before the automatic lock</source>
            <translation>Minutes before the automatic lock</translation>
        </message>
        <message numerus="yes">
            <source>Your organisation's policy allows at most %n minutes.</source>
            <translation>
                <numerusform>Your organisation's policy allows at most %n minute.</numerusform>
                <numerusform>Your organisation's policy allows at most %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupsBox</name>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>The automatic backup failed: %1</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Encrypted backups are made automatically every day and before updates. The newest 10 are kept, and one for each of the last 6 months.</source>
            <translation>Encrypted backups are made automatically every day and before updates. The newest 10 are kept, and one for each of the last 6 months.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Restore the selected backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Yes, restore this backup</source>
            <translation>Yes, restore this backup</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Do not restore</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Working</translation>
        </message>
        <message>
            <source>Choose a folder on another drive…</source>
            <translation>Choose a folder on another drive…</translation>
        </message>
        <message>
            <source>Choose a second folder for backups</source>
            <translation>Choose a second folder for backups</translation>
        </message>
        <message>
            <source>Stop copying</source>
            <translation>Stop copying</translation>
        </message>
        <message>
            <source>Stop copying backups to the second folder</source>
            <translation>Stop copying backups to the second folder</translation>
        </message>
        <message>
            <source>The backups are only on this laptop. Choose a folder on another drive (a USB stick or a network folder) so a lost or broken laptop does not take them along.</source>
            <translation>The backups are only on this laptop. Choose a folder on another drive (a USB stick or a network folder) so a lost or broken laptop does not take them along.</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1 (set by your organisation).</source>
            <translation>Copies of the backups also go to %1 (set by your organisation).</translation>
        </message>
        <message>
            <source>Copies of the backups also go to %1.</source>
            <translation>Copies of the backups also go to %1.</translation>
        </message>
        <message>
            <source>Choose a folder on another drive for copies of the backups</source>
            <translation>Choose a folder on another drive for copies of the backups</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>Making a backup…</translation>
        </message>
        <message>
            <source>Backup made: %1.</source>
            <translation>Backup made: %1.</translation>
        </message>
        <message>
            <source>Restore the backup of %1? Everything recorded after it will be lost. Make a backup now first if you are not sure.</source>
            <translation>Restore the backup of %1? Everything recorded after it will be lost. Make a backup now first if you are not sure.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>The backup of %1 was restored.</source>
            <translation>The backup of %1 was restored.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
    </context>
    <context>
        <name>ConsentHistoryModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Withdrawn by the family</translation>
        </message>
    </context>
    <context>
        <name>ConsentStateModel</name>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Not asked yet</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Withdrawn by the family</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Record or withdraw consent</source>
            <translation>Record or withdraw consent</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation>D&amp;ate</translation>
        </message>
        <message>
            <source>Recorded &amp;by</source>
            <translation>Recorded &amp;by</translation>
        </message>
        <message>
            <source>&amp;Remark</source>
            <translation>&amp;Remark</translation>
        </message>
        <message>
            <source>Kind of consent</source>
            <translation>Kind of consent</translation>
        </message>
        <message>
            <source>Date of consent</source>
            <translation>Date of consent</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Consent given</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <source>History (never deleted)</source>
            <translation>History (never deleted)</translation>
        </message>
        <message>
            <source>Current consent</source>
            <translation>Current consent</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>Consent history</translation>
        </message>
        <message>
            <source>Record that the family withdraws its consent for: %1? The history is kept.</source>
            <translation>Record that the family withdraws its consent for: %1? The history is kept.</translation>
        </message>
        <message>
            <source>Keep the consent</source>
            <translation>Keep the consent</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Fetching the summary…</source>
            <translation>Fetching the summary…</translation>
        </message>
        <message>
            <source>Fetching the months…</source>
            <translation>Fetching the months…</translation>
        </message>
        <message>
            <source>Each month counts the families that were in the programme that month, by their status at the end of the month.</source>
            <translation>Each month counts the families that were in the programme that month, by their status at the end of the month.</translation>
        </message>
        <message numerus="yes">
            <source>This period has %n months. The view month by month shows at most 24 months: choose a shorter period to see it.</source>
            <translation>
                <numerusform>This period has %n month. The view month by month shows at most 24 months: choose a shorter period to see it.</numerusform>
                <numerusform>This period has %n months. The view month by month shows at most 24 months: choose a shorter period to see it.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Programme to date (%1)</source>
            <translation>Programme to date (%1)</translation>
        </message>
        <message>
            <source>%1; counts below %2 are withheld.</source>
            <translation>%1; counts below %2 are withheld.</translation>
        </message>
        <message>
            <source>Records received up to %1.</source>
            <translation>Records received up to %1.</translation>
        </message>
        <message>
            <source>Newer records are being included; the figures update by themselves.</source>
            <translation>Newer records are being included; the figures update by themselves.</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Fetch the figures for this period again</source>
            <translation>Fetch the figures for this period again</translation>
        </message>
        <message>
            <source>Fetch the figures again (F5)</source>
            <translation>Fetch the figures again (F5)</translation>
        </message>
        <message>
            <source>Dashboard status</source>
            <translation>Dashboard status</translation>
        </message>
        <message>
            <source>Fetching the figures for the current quarter…</source>
            <translation>Fetching the figures for the current quarter…</translation>
        </message>
        <message>
            <source>Figures of the period</source>
            <translation>Figures of the period</translation>
        </message>
    </context>
    <context>
        <name>DataTab</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save everything held about this family as a PDF in the family's language and as a JSON file, for example when the family asks to see its data.</source>
            <translation>Save everything held about this family as a PDF in the family's language and as a JSON file, for example when the family asks to see its data.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xport…</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>Erase this family and everything about it from this laptop. This cannot be undone. The backups that hold the family are removed too, here and in the second backup folder, and a fresh backup is made without it. Backups you copied elsewhere yourself are out of reach. Type the family's name exactly to confirm.</source>
            <translation>Erase this family and everything about it from this laptop. This cannot be undone. The backups that hold the family are removed too, here and in the second backup folder, and a fresh backup is made without it. Backups you copied elsewhere yourself are out of reach. Type the family's name exactly to confirm.</translation>
        </message>
        <message>
            <source>Type the family's name to confirm erasing</source>
            <translation>Type the family's name to confirm erasing</translation>
        </message>
        <message>
            <source>Erase family</source>
            <translation>Erase family</translation>
        </message>
        <message>
            <source>Hand over to another coach</source>
            <translation>Hand over to another coach</translation>
        </message>
        <message>
            <source>&amp;Hand over…</source>
            <translation>Hand &amp;over…</translation>
        </message>
        <message>
            <source>Give this family to another coach: everything is sealed for that coach's laptop, and erased here once it has been taken over.</source>
            <translation>Give this family to another coach: everything is sealed for that coach's laptop, and erased here once it has been taken over.</translation>
        </message>
        <message>
            <source>Export the family's data</source>
            <translation>Export the family's data</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Saved %1 and %2.</source>
            <translation>Saved %1 and %2.</translation>
        </message>
        <message numerus="yes">
            <source>The family was erased. %n older backup(s) still held it: they were removed, and a fresh backup without the family was made.</source>
            <translation>
                <numerusform>The family was erased. %n older backup(s) still held it: they were removed, and a fresh backup without the family was made.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The second backup folder could not be reached (%1). The backups there that hold the family are removed as soon as it can be.</source>
            <translation>The second backup folder could not be reached (%1). The backups there that hold the family are removed as soon as it can be.</translation>
        </message>
        <message>
            <source>Family erased</source>
            <translation>Family erased</translation>
        </message>
    </context>
    <context>
        <name>DateTyping</name>
        <message>
            <source>Type the date, or untick “Known”.</source>
            <extracomment>The largest first digit after which no second digit can follow (4 as a day is 04).</extracomment>
            <translation>Type the date, or untick “Known”.</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>Choose a date on or after %1.</translation>
        </message>
        <message>
            <source>This is not a date: type the day, month and year, like %1.</source>
            <translation>This is not a date: type the day, month and year, like %1.</translation>
        </message>
    </context>
    <context>
        <name>DevicesTab</name>
        <message>
            <source>Enrol a coach's laptop</source>
            <translation>Enrol a coach's laptop</translation>
        </message>
        <message>
            <source>&amp;Coach's name:</source>
            <translation>&amp;Coach's name:</translation>
        </message>
        <message>
            <source>Coach's name</source>
            <translation>Coach's name</translation>
        </message>
        <message>
            <source>&amp;Valid for (hours):</source>
            <translation>&amp;Valid for (hours):</translation>
        </message>
        <message>
            <source>Hours the code stays valid</source>
            <translation>Hours the code stays valid</translation>
        </message>
        <message>
            <source>Create &amp;enrolment code</source>
            <translation>Create &amp;enrolment code</translation>
        </message>
        <message>
            <source>Create an enrolment code</source>
            <translation>Create an enrolment code</translation>
        </message>
        <message>
            <source>Enrolment &amp;code:</source>
            <translation>Enrolment &amp;code:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Enrolment &amp;link:</source>
            <translation>Enrolment &amp;link:</translation>
        </message>
        <message>
            <source>Enrolment link with the server address and the code</source>
            <translation>Enrolment link with the server address and the code</translation>
        </message>
        <message>
            <source>Cop&amp;y link</source>
            <translation>Cop&amp;y link</translation>
        </message>
        <message>
            <source>Copy the enrolment link</source>
            <translation>Copy the enrolment link</translation>
        </message>
        <message>
            <source>Save QR code as &amp;picture…</source>
            <translation>Save QR code as &amp;picture…</translation>
        </message>
        <message>
            <source>Save the QR code as a picture</source>
            <translation>Save the QR code as a picture</translation>
        </message>
        <message>
            <source>QR code with the server address and the enrolment code</source>
            <translation>QR code with the server address and the enrolment code</translation>
        </message>
        <message>
            <source>Enrolment code details</source>
            <translation>Enrolment code details</translation>
        </message>
        <message>
            <source>Devices message</source>
            <translation>Devices message</translation>
        </message>
        <message>
            <source>Give the coach the code, the link or the QR code. On the laptop's Sync screen the coach types the code, pastes the link or opens a picture of the QR code; the link and the QR code fill in the server address too.</source>
            <translation>Give the coach the code, the link or the QR code. On the laptop's Sync screen the coach types the code, pastes the link or opens a picture of the QR code; the link and the QR code fill in the server address too.</translation>
        </message>
        <message>
            <source>The enrolment link is on the clipboard.</source>
            <translation>The enrolment link is on the clipboard.</translation>
        </message>
        <message>
            <source>enrolment-code</source>
            <translation>enrolment-code</translation>
        </message>
        <message>
            <source>Save the QR code</source>
            <translation>Save the QR code</translation>
        </message>
        <message>
            <source>PNG picture (*.png)</source>
            <translation>PNG picture (*.png)</translation>
        </message>
        <message>
            <source>The picture could not be saved to %1 (disk full or no permission?).</source>
            <translation>The picture could not be saved to %1 (disk full or no permission?).</translation>
        </message>
        <message>
            <source>Saved the QR code to %1. It holds the server address and the code.</source>
            <translation>Saved the QR code to %1. It holds the server address and the code.</translation>
        </message>
        <message>
            <source>Nothing was revoked.</source>
            <translation>Nothing was revoked.</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Enrolled devices</source>
            <translation>Enrolled devices</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;load</translation>
        </message>
        <message>
            <source>Reload the list of devices</source>
            <translation>Reload the list of devices</translation>
        </message>
        <message>
            <source>&amp;Revoke device…</source>
            <translation>&amp;Revoke device…</translation>
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation>Revoke the selected device</translation>
        </message>
        <message>
            <source>Type the coach's name first.</source>
            <translation>Type the coach's name first.</translation>
        </message>
        <message>
            <source>For %1; works once, until %2.</source>
            <translation>For %1; works once, until %2.</translation>
        </message>
        <message>
            <source>The device of %1 was revoked.</source>
            <translation>The device of %1 was revoked.</translation>
        </message>
    </context>
    <context>
        <name>DueDateDelegate</name>
        <message>
            <source>Due date of the follow-up action</source>
            <translation>Due date of the follow-up action</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentLinkRow</name>
        <message>
            <source>Open a picture of the QR code…</source>
            <extracomment>Larger pictures are scaled down first (a phone photo is 4000 pixels wide; QR codes read fine at this size and memory stays small).</extracomment>
            <translation>Open a picture of the QR code…</translation>
        </message>
        <message>
            <source>Read the enrolment QR code from a picture</source>
            <translation>Read the enrolment QR code from a picture</translation>
        </message>
        <message>
            <source>A screenshot or photo of the QR code from your project leader fills in the server address and the code. You can also paste the enrolment link into a field.</source>
            <translation>A screenshot or photo of the QR code from your project leader fills in the server address and the code. You can also paste the enrolment link into a field.</translation>
        </message>
        <message>
            <source>Enrolment link message</source>
            <translation>Enrolment link message</translation>
        </message>
        <message>
            <source>Server address and code filled in from the link (%1).</source>
            <translation>Server address and code filled in from the link (%1).</translation>
        </message>
        <message>
            <source>Open a picture of the QR code</source>
            <translation>Open a picture of the QR code</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</translation>
        </message>
        <message>
            <source>This file cannot be opened as a picture. Choose a PNG or JPEG.</source>
            <translation>This file cannot be opened as a picture. Choose a PNG or JPEG.</translation>
        </message>
        <message>
            <source>No QR code can be read in this picture. Try a sharper picture in which the whole code is visible, or type the code.</source>
            <translation>No QR code can be read in this picture. Try a sharper picture in which the whole code is visible, or type the code.</translation>
        </message>
        <message>
            <source>The QR code in this picture is not an enrolment code. Ask your project leader for the enrolment QR code, or type the code.</source>
            <translation>The QR code in this picture is not an enrolment code. Ask your project leader for the enrolment QR code, or type the code.</translation>
        </message>
        <message>
            <source>The picture cannot be read (no permission or the file is gone).</source>
            <translation>The picture cannot be read (no permission or the file is gone).</translation>
        </message>
    </context>
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
            <source>Search names, places and visit notes</source>
            <translation>Search names, places and visit notes</translation>
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
        <message>
            <source>No families yet. Choose New family (Ctrl+N) to add the first family you coach; its page then takes people, visits, goals and consent.</source>
            <translation>No families yet. Choose New family (Ctrl+N) to add the first family you coach; its page then takes people, visits, goals and consent.</translation>
        </message>
        <message>
            <source>No family matches the search or the status filter. Check the spelling, or clear the search and choose All statuses.</source>
            <translation>No family matches the search or the status filter. Check the spelling, or clear the search and choose All statuses.</translation>
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
        <name>FamilyEditor</name>
        <message>
            <source>Known</source>
            <extracomment>The field's range: wide, so no typed date is cut short; its first day stands for "not typed yet" and is shown as empty.</extracomment>
            <translation>Known</translation>
        </message>
        <message>
            <source>%1 is known</source>
            <translation>%1 is known</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>What you typed earlier was not saved yet and has been restored. Check it and save.</source>
            <translation>What you typed earlier was not saved yet and has been restored. Check it and save.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>You changed this form but did not save it. Discard what you typed?</source>
            <translation>You changed this form but did not save it. Discard what you typed?</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <source>New family</source>
            <extracomment>Municipalities offered in the list; the coach may type any other name and CBS code.</extracomment>
            <translation>New family</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Edit family</translation>
        </message>
        <message>
            <source>Family &amp;name</source>
            <translation>Family &amp;name</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Preferred languages</translation>
        </message>
        <message>
            <source>Programme &amp;status</source>
            <translation>Programme &amp;status</translation>
        </message>
        <message>
            <source>Status s&amp;ince</source>
            <translation>Status s&amp;ince</translation>
        </message>
        <message>
            <source>Start &amp;date</source>
            <translation>Start &amp;date</translation>
        </message>
        <message>
            <source>Assigned &amp;coach</source>
            <translation>Assigned &amp;coach</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Municipality CBS code</source>
            <translation>Municipality CBS code</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programme status</translation>
        </message>
        <message>
            <source>Assigned coach</source>
            <translation>Assigned coach</translation>
        </message>
        <message>
            <source>Date the programme status began</source>
            <translation>Date the programme status began</translation>
        </message>
        <message>
            <source>The day the family's programme status began; it may be long ago, never in the future. The family's page shows every status over time.</source>
            <translation>The day the family's programme status began; it may be long ago, never in the future. The family's page shows every status over time.</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>The first language you tick is used for printed documents.</source>
            <translation>The first language you tick is used for printed documents.</translation>
        </message>
    </context>
    <context>
        <name>FamilyErrors</name>
        <message>
            <source>Enter the family's name.</source>
            <translation>Enter the family's name.</translation>
        </message>
        <message>
            <source>Enter the municipality's CBS code: GM and four digits, e.g. GM0153.</source>
            <translation>Enter the municipality's CBS code: GM and four digits, e.g. GM0153.</translation>
        </message>
        <message>
            <source>Enter the municipality's name.</source>
            <translation>Enter the municipality's name.</translation>
        </message>
        <message>
            <source>A phone number may hold digits, spaces and + ( ) - . / only.</source>
            <translation>A phone number may hold digits, spaces and + ( ) - . / only.</translation>
        </message>
        <message>
            <source>The address is too long.</source>
            <translation>The address is too long.</translation>
        </message>
        <message>
            <source>The coach's name is too long.</source>
            <translation>The coach's name is too long.</translation>
        </message>
        <message>
            <source>Choose each language once.</source>
            <translation>Choose each language once.</translation>
        </message>
        <message>
            <source>Enter the person's given name.</source>
            <translation>Enter the person's given name.</translation>
        </message>
        <message>
            <source>The family name is too long.</source>
            <translation>The family name is too long.</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future.</source>
            <translation>The birth date cannot be in the future.</translation>
        </message>
        <message>
            <source>Enter a short title for the goal.</source>
            <translation>Enter a short title for the goal.</translation>
        </message>
        <message>
            <source>The description is too long.</source>
            <translation>The description is too long.</translation>
        </message>
        <message>
            <source>Every milestone needs a title.</source>
            <translation>Every milestone needs a title.</translation>
        </message>
        <message>
            <source>Choose a score from 1 to 5.</source>
            <translation>Choose a score from 1 to 5.</translation>
        </message>
        <message>
            <source>Enter who recorded this consent.</source>
            <translation>Enter who recorded this consent.</translation>
        </message>
        <message>
            <source>Write a note or choose a new status.</source>
            <translation>Write a note or choose a new status.</translation>
        </message>
        <message>
            <source>This level on this date is already recorded for this person.</source>
            <translation>This level on this date is already recorded for this person.</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults only.</source>
            <translation>A level of Dutch is recorded for adults only.</translation>
        </message>
        <message>
            <source>This value is not valid.</source>
            <translation>This value is not valid.</translation>
        </message>
        <message>
            <source>The date cannot be in the future (today is %1).</source>
            <translation>The date cannot be in the future (today is %1).</translation>
        </message>
        <message>
            <source>Choose a date on or after %1.</source>
            <translation>Choose a date on or after %1.</translation>
        </message>
        <message>
            <source>The date cannot be before the goal was opened (%1).</source>
            <translation>The date cannot be before the goal was opened (%1).</translation>
        </message>
        <message>
            <source>The date cannot be before the latest status change (%1).</source>
            <translation>The date cannot be before the latest status change (%1).</translation>
        </message>
        <message>
            <source>The goal cannot be opened after its first status change (%1).</source>
            <translation>The goal cannot be opened after its first status change (%1).</translation>
        </message>
        <message>
            <source>The date cannot be before the person was born (%1).</source>
            <translation>The date cannot be before the person was born (%1).</translation>
        </message>
        <message>
            <source>A level of Dutch is recorded for adults: this person turns 18 on %1.</source>
            <translation>A level of Dutch is recorded for adults: this person turns 18 on %1.</translation>
        </message>
        <message>
            <source>This was changed elsewhere since you opened it. Close, reopen and try again.</source>
            <translation>This was changed elsewhere since you opened it. Close, reopen and try again.</translation>
        </message>
        <message>
            <source>This is no longer there (it may have been erased).</source>
            <translation>This is no longer there (it may have been erased).</translation>
        </message>
        <message>
            <source>The goal cannot change to that status.</source>
            <translation>The goal cannot change to that status.</translation>
        </message>
        <message>
            <source>That person is not a member of this family.</source>
            <translation>That person is not a member of this family.</translation>
        </message>
        <message>
            <source>This consent is not given, so it cannot be withdrawn.</source>
            <translation>This consent is not given, so it cannot be withdrawn.</translation>
        </message>
        <message>
            <source>This could not be saved. Please check what you entered.</source>
            <translation>This could not be saved. Please check what you entered.</translation>
        </message>
    </context>
    <context>
        <name>FamilyHeader</name>
        <message>
            <source>Families</source>
            <translation>Families</translation>
        </message>
        <message>
            <source>Back to the list of families</source>
            <translation>Back to the list of families</translation>
        </message>
        <message>
            <source>&amp;Edit family</source>
            <translation>&amp;Edit family</translation>
        </message>
        <message>
            <source>Edit family</source>
            <translation>Edit family</translation>
        </message>
        <message>
            <source>Copy the address</source>
            <translation>Copy the address</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Copy the phone number</translation>
        </message>
        <message>
            <source>Programme status: %1</source>
            <translation>Programme status: %1</translation>
        </message>
        <message>
            <source>%1 · no address</source>
            <translation>%1 · no address</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <source>No phone number</source>
            <translation>No phone number</translation>
        </message>
        <message>
            <source>Coach: %1</source>
            <translation>Coach: %1</translation>
        </message>
        <message>
            <source>No coach assigned</source>
            <translation>No coach assigned</translation>
        </message>
        <message>
            <source>No open follow-up actions</source>
            <translation>No open follow-up actions</translation>
        </message>
        <message>
            <source>Next follow-up (no date): %1</source>
            <translation>Next follow-up (no date): %1</translation>
        </message>
        <message>
            <source>Overdue since %1: %2</source>
            <translation>Overdue since %1: %2</translation>
        </message>
        <message>
            <source>Next follow-up %1: %2</source>
            <translation>Next follow-up %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FamilyLabels</name>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Anonymised reporting</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>University research</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turkish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Other language</source>
            <translation>Other language</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Whole family</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <source>&amp;People</source>
            <translation>&amp;People</translation>
        </message>
        <message>
            <source>&amp;Visits</source>
            <translation>V&amp;isits</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>Histor&amp;y</translation>
        </message>
        <message>
            <source>&amp;Assessments</source>
            <translation>&amp;Assessments</translation>
        </message>
        <message>
            <source>&amp;Consent</source>
            <translation>&amp;Consent</translation>
        </message>
        <message>
            <source>Family's &amp;data</source>
            <translation>Family's &amp;data</translation>
        </message>
        <message>
            <source>Family sections</source>
            <translation>Family sections</translation>
        </message>
    </context>
    <context>
        <name>FamilyPdf</name>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Coaching</translation>
        </message>
        <message>
            <source>Anonymised reporting</source>
            <translation>Anonymised reporting</translation>
        </message>
        <message>
            <source>University research</source>
            <translation>University research</translation>
        </message>
        <message>
            <source>What we hold about your family</source>
            <translation>What we hold about your family</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
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
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consent</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Whole family</translation>
        </message>
        <message>
            <source>This document lists everything Coach Companion holds about your family on this laptop. Printed on %1.</source>
            <translation>This document lists everything Coach Companion holds about your family on this laptop. Printed on %1.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Preferred languages</source>
            <translation>Preferred languages</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programme status</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <source>reached on</source>
            <translation>reached on</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Score (1-5)</source>
            <translation>Score (1-5)</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Withdrawn by the family</source>
            <translation>Withdrawn by the family</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Due in %n day</numerusform>
                <numerusform>Due in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
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
            <translation>Definition</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Funder indicators</translation>
        </message>
        <message>
            <source>Change in self-reliance: for each life domain, the people or families with at least two self-reliance assessments (scores 1 to 5) in the period, and the mean change from their first to their last score.</source>
            <translation>Change in self-reliance: for each life domain, the people or families with at least two self-reliance assessments (scores 1 to 5) in the period, and the mean change from their first to their last score.</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tables</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Small numbers are withheld</source>
            <translation>Small numbers are withheld</translation>
        </message>
        <message>
            <source>Small numbers are withheld to protect the privacy of the families: a count from 1 to %1 is shown as withheld, and some other values are withheld as well so that a hidden count cannot be worked out from the totals. A mean is withheld when fewer than %2 people or families are behind it. Withheld values are left out of the charts. The CSV file made with this report uses the same threshold (%2) and shows the same values.</source>
            <translation>Small numbers are withheld to protect the privacy of the families: a count from 1 to %1 is shown as withheld, and some other values are withheld as well so that a hidden count cannot be worked out from the totals. A mean is withheld when fewer than %2 people or families are behind it. Withheld values are left out of the charts. The CSV file made with this report uses the same threshold (%2) and shows the same values.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Distinct adults (18 or older on the day) whose language or education goal was started in the period, whatever happened to it later.</source>
            <translation>Distinct adults (18 or older on the day) whose language or education goal was started in the period, whatever happened to it later.</translation>
        </message>
        <message>
            <source>The same, counting every start up to the end of the period.</source>
            <translation>The same, counting every start up to the end of the period.</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was started in the period (work goals are not counted).</source>
            <translation>Distinct people of any age whose goal of an own business was started in the period (work goals are not counted).</translation>
        </message>
        <message>
            <source>Distinct people of any age whose goal of an own business was achieved in the period.</source>
            <translation>Distinct people of any age whose goal of an own business was achieved in the period.</translation>
        </message>
        <message>
            <source>Distinct people whose sport and participation goal was started in the period; by gender below.</source>
            <translation>Distinct people whose sport and participation goal was started in the period; by gender below.</translation>
        </message>
        <message>
            <source>Distinct adults whose latest Dutch level (CEFR) recorded in the period is at least one level above their level at its start.</source>
            <translation>Distinct adults whose latest Dutch level (CEFR) recorded in the period is at least one level above their level at its start.</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>the programme to date (%1)</translation>
        </message>
        <message>
            <source>Period: %1. Counts below %2 are withheld.</source>
            <translation>Period: %1. Counts below %2 are withheld.</translation>
        </message>
        <message>
            <source>Adults are 18 or older on the day of the event counted. Age groups are those of the person on that day. Municipalities with fewer than 10 families in the programme are counted together as other municipalities.</source>
            <translation>Adults are 18 or older on the day of the event counted. Age groups are those of the person on that day. Municipalities with fewer than 10 families in the programme are counted together as other municipalities.</translation>
        </message>
        <message>
            <source>Charts not drawn</source>
            <translation>Charts not drawn</translation>
        </message>
        <message>
            <source>Coaches record visits, goals and self-reliance assessments on their own encrypted laptops. Only anonymised records leave a laptop: random numbers instead of names, age bands, months and weeks; never names, addresses or notes. Every figure is counted from dated events (the day a goal was started, a status changed, a level was assessed), not from the day it was typed. A family counts for the period when it was in the programme at some time in it, by its status at the end of the period. Families not visited in 6 weeks are counted as at the end of the period.</source>
            <translation>Coaches record visits, goals and self-reliance assessments on their own encrypted laptops. Only anonymised records leave a laptop: random numbers instead of names, age bands, months and weeks; never names, addresses or notes. Every figure is counted from dated events (the day a goal was started, a status changed, a level was assessed), not from the day it was typed. A family counts for the period when it was in the programme at some time in it, by its status at the end of the period. Families not visited in 6 weeks are counted as at the end of the period.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>No organisation name is set: add it to the deployment file ([organisation] name).</source>
            <translation>No organisation name is set: add it to the deployment file ([organisation] name).</translation>
        </message>
        <message>
            <source>Programme report for funders</source>
            <translation>Programme report for funders</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Made on %1</translation>
        </message>
        <message>
            <source>Aggregated, anonymised figures. No figure in this report refers to a single family: counts below %1 are withheld.</source>
            <translation>Aggregated, anonymised figures. No figure in this report refers to a single family: counts below %1 are withheld.</translation>
        </message>
        <message>
            <source>Withheld values (%1) are left out of this chart.</source>
            <translation>Withheld values (%1) are left out of this chart.</translation>
        </message>
    </context>
    <context>
        <name>GoalEditor</name>
        <message>
            <source>New goal</source>
            <translation>New goal</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <source>Life &amp;domain</source>
            <translation>Life &amp;domain</translation>
        </message>
        <message>
            <source>&amp;For</source>
            <translation>&amp;For</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>D&amp;escription</source>
            <translation>D&amp;escription</translation>
        </message>
        <message>
            <source>&amp;Opened on</source>
            <translation>&amp;Opened on</translation>
        </message>
        <message>
            <source>Target d&amp;ate</source>
            <translation>Target d&amp;ate</translation>
        </message>
        <message>
            <source>Date the goal was opened</source>
            <translation>Date the goal was opened</translation>
        </message>
        <message>
            <source>The day the goal was set, which may be long ago; never in the future and never after its first status change.</source>
            <translation>The day the goal was set, which may be long ago; never in the future and never after its first status change.</translation>
        </message>
        <message>
            <source>&amp;Milestones</source>
            <translation>&amp;Milestones</translation>
        </message>
        <message>
            <source>Life domain</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>For whom</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>New milestone</source>
            <translation>New milestone</translation>
        </message>
        <message>
            <source>Milestone target date</source>
            <translation>Milestone target date</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Add milestone</translation>
        </message>
        <message>
            <source>Remove milestone</source>
            <translation>Remove milestone</translation>
        </message>
        <message>
            <source>Reached today / not reached</source>
            <translation>Reached today / not reached</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Whole family</translation>
        </message>
    </context>
    <context>
        <name>GoalUpdatesModel</name>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>No change</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <source>Life domain</source>
            <translation>Life domain</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>%1, target date passed</source>
            <translation>%1, target date passed</translation>
        </message>
    </context>
    <context>
        <name>GoalsTab</name>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;New goal</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Edit goal</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <source>Status of the selected goal</source>
            <translation>Status of the selected goal</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
        <message>
            <source>Date of the status change</source>
            <translation>Date of the status change</translation>
        </message>
        <message>
            <source>The day the status changed, which may be long ago; never in the future and never before the goal's latest change.</source>
            <translation>The day the status changed, which may be long ago; never in the future and never before the goal's latest change.</translation>
        </message>
        <message>
            <source>Note about the status change</source>
            <translation>Note about the status change</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Goals</translation>
        </message>
        <message>
            <source>Progress of the selected goal</source>
            <translation>Progress of the selected goal</translation>
        </message>
        <message>
            <source>Milestones of the selected goal</source>
            <translation>Milestones of the selected goal</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>The user guide is not part of this installation. Ask IT for the installer, or read docs/user-guide in the project's files.</source>
            <extracomment>The guides and the languages each is written in.</extracomment>
            <translation>The user guide is not part of this installation. Ask IT for the installer, or read docs/user-guide in the project's files.</translation>
        </message>
        <message>
            <source>Coach Companion user guide</source>
            <translation>Coach Companion user guide</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the user guide</source>
            <translation>Close the user guide</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over %1</source>
            <translation>Hand over %1</translation>
        </message>
        <message>
            <source>The family's complete data (people, visits, goals and their history, assessments, language levels and consent; not unsaved drafts) is sealed so that only the chosen coach's laptop can open it. From now on the family cannot be changed here. Once that laptop has taken it over, the family is erased from this laptop, as if erased by request. The server only passes on sealed data.</source>
            <translation>The family's complete data (people, visits, goals and their history, assessments, language levels and consent; not unsaved drafts) is sealed so that only the chosen coach's laptop can open it. From now on the family cannot be changed here. Once that laptop has taken it over, the family is erased from this laptop, as if erased by request. The server only passes on sealed data.</translation>
        </message>
        <message>
            <source>&amp;Receiving coach</source>
            <translation>&amp;Receiving coach</translation>
        </message>
        <message>
            <source>Receiving coach</source>
            <translation>Receiving coach</translation>
        </message>
        <message>
            <source>Send it through the server</source>
            <translation>Send it through the server</translation>
        </message>
        <message>
            <source>Save it as a file to give to the other coach</source>
            <translation>Save it as a file to give to the other coach</translation>
        </message>
        <message>
            <source>Save it as a file</source>
            <translation>Save it as a file</translation>
        </message>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Hand over</translation>
        </message>
        <message>
            <source>Hand over</source>
            <translation>Hand over</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Asking the server which coaches can receive it…</source>
            <translation>Asking the server which coaches can receive it…</translation>
        </message>
        <message>
            <source>Unlock first.</source>
            <translation>Unlock first.</translation>
        </message>
        <message>
            <source>No other coach's laptop can receive a family yet. The other laptop must be enrolled and have synced once with this version.</source>
            <translation>No other coach's laptop can receive a family yet. The other laptop must be enrolled and have synced once with this version.</translation>
        </message>
        <message>
            <source>Save the sealed family</source>
            <translation>Save the sealed family</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Handed-over families (*.package)</translation>
        </message>
        <message>
            <source>Sealing and handing over…</source>
            <translation>Sealing and handing over…</translation>
        </message>
        <message>
            <source>Saved. Give the file to %1; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Saved. Give the file to %1; once %1's laptop has taken the family over, it is erased here.</translation>
        </message>
        <message>
            <source>Handed over to %1. Once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Handed over to %1. Once %1's laptop has taken the family over, it is erased here.</translation>
        </message>
        <message>
            <source>Sealed for %1. It is sent as soon as the server can be reached; once %1's laptop has taken the family over, it is erased here.</source>
            <translation>Sealed for %1. It is sent as soon as the server can be reached; once %1's laptop has taken the family over, it is erased here.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HistoryEditor</name>
        <message>
            <source>Programme status “%1”</source>
            <extracomment>The draft kind of this dialog (``FormDraft.kind``); the subject is the history entry. The fields a refused date may be reported on, all shown under the one date field.</extracomment>
            <translation>Programme status “%1”</translation>
        </message>
        <message>
            <source>Goal “%1”: “%2”</source>
            <translation>Goal “%1”: “%2”</translation>
        </message>
        <message>
            <source>Dutch level of %1: “%2”</source>
            <translation>Dutch level of %1: “%2”</translation>
        </message>
        <message>
            <source>Delete the programme status “%1” of %2?</source>
            <translation>Delete the programme status “%1” of %2?</translation>
        </message>
        <message>
            <source>Delete the status “%1” of %2 from the goal “%3”?</source>
            <translation>Delete the status “%1” of %2 from the goal “%3”?</translation>
        </message>
        <message>
            <source>Delete the Dutch level “%1” of %2 for %3?</source>
            <translation>Delete the Dutch level “%1” of %2 for %3?</translation>
        </message>
        <message>
            <source>A family always has a programme status, so its only status cannot be deleted. Change its date, or give the family a new status in “Edit family”.</source>
            <translation>A family always has a programme status, so its only status cannot be deleted. Change its date, or give the family a new status in “Edit family”.</translation>
        </message>
        <message>
            <source>This is the status the goal was opened with, so it cannot be deleted. Change its date (that moves the goal's opened date), or delete the goal's later statuses.</source>
            <translation>This is the status the goal was opened with, so it cannot be deleted. Change its date (that moves the goal's opened date), or delete the goal's later statuses.</translation>
        </message>
        <message>
            <source>Without this status, “%1” would be followed by “%2”, which a goal cannot do. Delete the later statuses first.</source>
            <translation>Without this status, “%1” would be followed by “%2”, which a goal cannot do. Delete the later statuses first.</translation>
        </message>
        <message>
            <source>Change the date or level</source>
            <translation>Change the date or level</translation>
        </message>
        <message>
            <source>Change the date</source>
            <translation>Change the date</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entry</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Date of the level</source>
            <translation>Date of the level</translation>
        </message>
        <message>
            <source>Date of the status</source>
            <translation>Date of the status</translation>
        </message>
        <message>
            <source>The day it happened, which may be long ago; never in the future.</source>
            <translation>The day it happened, which may be long ago; never in the future.</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>&amp;Level</translation>
        </message>
        <message>
            <source>Level of Dutch (CEFR)</source>
            <translation>Level of Dutch (CEFR)</translation>
        </message>
        <message>
            <source>On that date the goal's statuses would be out of order: “%1” cannot be followed by “%2”. Choose a date between the statuses before and after it.</source>
            <translation>On that date the goal's statuses would be out of order: “%1” cannot be followed by “%2”. Choose a date between the statuses before and after it.</translation>
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
        <message>
            <source>Below A1</source>
            <translation>Below A1</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
    </context>
    <context>
        <name>LanguageLevelsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Level of Dutch</source>
            <translation>Level of Dutch</translation>
        </message>
    </context>
    <context>
        <name>LeaderCharts</name>
        <message>
            <source>There is nothing to chart for this period.</source>
            <extracomment>Characters a line of a horizontal chart's category label may hold before it wraps. More categories than this on a horizontal axis, with labels longer than a few characters, and the labels stand upright.</extracomment>
            <translation>There is nothing to chart for this period.</translation>
        </message>
        <message>
            <source>Every value of this chart is withheld to protect privacy, so it is not drawn.</source>
            <translation>Every value of this chart is withheld to protect privacy, so it is not drawn.</translation>
        </message>
        <message>
            <source>Every value shown is 0 and the others are withheld: there is nothing to chart.</source>
            <translation>Every value shown is 0 and the others are withheld: there is nothing to chart.</translation>
        </message>
        <message>
            <source>Every value is 0 in this period: nothing to chart.</source>
            <translation>Every value is 0 in this period: nothing to chart.</translation>
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
            <translation>Device</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Enrolled</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Last backup on the server</source>
            <translation>Last backup on the server</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>LeaderMessages</name>
        <message>
            <source>Wrong username or password. Check them and try again.</source>
            <translation>Wrong username or password. Check them and try again.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>The server address must start with https://. Plain http:// is only allowed to this computer itself.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the server address and the internet connection, then try again.</source>
            <translation>The server cannot be reached. Check the server address and the internet connection, then try again.</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
        <message>
            <source>The server refused this request (%1).</source>
            <translation>The server refused this request (%1).</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Is this the address of the Coach Companion server?</source>
            <translation>The server's answer was not understood. Is this the address of the Coach Companion server?</translation>
        </message>
        <message>
            <source>The file could not be written (disk full or no permission?).</source>
            <translation>The file could not be written (disk full or no permission?).</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Please try again.</source>
            <translation>Something went wrong (%1). Please try again.</translation>
        </message>
    </context>
    <context>
        <name>LeaderSignInDialog</name>
        <message>
            <source>Project leader sign-in</source>
            <translation>Project leader sign-in</translation>
        </message>
        <message>
            <source>Sign in to the central server to see the programme's figures, make funder reports and manage coaches' laptops. No family data is opened on this computer.</source>
            <translation>Sign in to the central server to see the programme's figures, make funder reports and manage coaches' laptops. No family data is opened on this computer.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Server address:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancel and close</source>
            <translation>Cancel and close</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Sign-in message</translation>
        </message>
        <message>
            <source>Type your username and password.</source>
            <translation>Type your username and password.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
    </context>
    <context>
        <name>LeaderSummary</name>
        <message>
            <source>withheld</source>
            <extracomment>The raw value of a cell: an int, a float or SUPPRESSED. The cell's path in the server's summary JSON, e.g. ("families_by_status", "cells", "active").</extracomment>
            <translation>withheld</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Families</source>
            <translation>Families</translation>
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
            <source>Visits per month</source>
            <translation>Visits per month</translation>
        </message>
        <message>
            <source>Goals by life domain and status</source>
            <translation>Goals by life domain and status</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Funder indicators</source>
            <translation>Funder indicators</translation>
        </message>
        <message>
            <source>Mean change</source>
            <translation>Mean change</translation>
        </message>
        <message>
            <source>Change in self-reliance by life domain</source>
            <translation>Change in self-reliance by life domain</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education (MBO/Entree)</source>
            <translation>Adults who started a language course or vocational education (MBO/Entree)</translation>
        </message>
        <message>
            <source>Adults who started a language course or vocational education, up to the end of the period</source>
            <translation>Adults who started a language course or vocational education, up to the end of the period</translation>
        </message>
        <message>
            <source>People who started setting up their own business</source>
            <translation>People who started setting up their own business</translation>
        </message>
        <message>
            <source>People who set up their own business</source>
            <translation>People who set up their own business</translation>
        </message>
        <message>
            <source>People who started a sport</source>
            <translation>People who started a sport</translation>
        </message>
        <message>
            <source>Adults whose Dutch rose at least one level (CEFR)</source>
            <translation>Adults whose Dutch rose at least one level (CEFR)</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Women</translation>
        </message>
        <message>
            <source>Men</source>
            <translation>Men</translation>
        </message>
        <message>
            <source>Another gender</source>
            <translation>Another gender</translation>
        </message>
        <message>
            <source>Gender not recorded</source>
            <translation>Gender not recorded</translation>
        </message>
        <message>
            <source>Age not known</source>
            <translation>Age not known</translation>
        </message>
        <message>
            <source>Under %1</source>
            <translation>Under %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>%1 and over</source>
            <translation>%1 and over</translation>
        </message>
        <message>
            <source>Other municipalities</source>
            <translation>Other municipalities</translation>
        </message>
        <message>
            <source>Families and people by programme status at the end of the period</source>
            <extracomment>Each section's title (context "LeaderSummary"), also before its figures have arrived. The dashboard's sections in reading order (the month-by-month view follows "status"). Each section's title (context "LeaderSummary"), also before its figures have arrived.</extracomment>
            <translation>Families and people by programme status at the end of the period</translation>
        </message>
        <message>
            <source>Families that entered and left</source>
            <translation>Families that entered and left</translation>
        </message>
        <message>
            <source>Families by municipality</source>
            <translation>Families by municipality</translation>
        </message>
        <message>
            <source>Funder indicators by gender</source>
            <translation>Funder indicators by gender</translation>
        </message>
        <message>
            <source>Funder indicators by age group</source>
            <translation>Funder indicators by age group</translation>
        </message>
        <message>
            <source>Funder indicators by municipality</source>
            <translation>Funder indicators by municipality</translation>
        </message>
        <message>
            <source>Entered the programme in the period</source>
            <translation>Entered the programme in the period</translation>
        </message>
        <message>
            <source>Left the programme in the period</source>
            <translation>Left the programme in the period</translation>
        </message>
        <message>
            <source>A month has totals only: the breakdowns are given for quarters, years and the programme to date.</source>
            <translation>A month has totals only: the breakdowns are given for quarters, years and the programme to date.</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Visits in the period</source>
            <translation>Visits in the period</translation>
        </message>
        <message>
            <source>Not visited in 6 weeks</source>
            <translation>Not visited in 6 weeks</translation>
        </message>
        <message>
            <source>Caseload per coach</source>
            <translation>Caseload per coach</translation>
        </message>
        <message>
            <source>Withheld to protect privacy. Counts from 1 to %1 are never shown, and some other values are withheld as well, so that a hidden count cannot be worked out from the totals.</source>
            <translation>Withheld to protect privacy. Counts from 1 to %1 are never shown, and some other values are withheld as well, so that a hidden count cannot be worked out from the totals.</translation>
        </message>
        <message>
            <source>No figure: for a mean change, no one was assessed twice in this domain in the period.</source>
            <translation>No figure: for a mean change, no one was assessed twice in this domain in the period.</translation>
        </message>
        <message>
            <source>Families by programme status, month by month</source>
            <translation>Families by programme status, month by month</translation>
        </message>
        <message>
            <source>All families</source>
            <extracomment>At most this many one-month requests for one view.</extracomment>
            <translation>All families</translation>
        </message>
        <message>
            <source>All people</source>
            <translation>All people</translation>
        </message>
    </context>
    <context>
        <name>LeaderWindow</name>
        <message>
            <source>Coach Companion – project leader %1 on %2</source>
            <extracomment>The leader window's last geometry (Qt's saveGeometry bytes). The size the window asks for on a large screen. Room kept for the window's title bar and frame, which the screen's free area includes.</extracomment>
            <translation>Coach Companion – project leader %1 on %2</translation>
        </message>
        <message>
            <source>Leader mode</source>
            <translation>Leader mode</translation>
        </message>
        <message>
            <source>Dashboard, reports and devices</source>
            <translation>Dashboard, reports and devices</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <source>De&amp;vices</source>
            <translation>De&amp;vices</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Sign out of the server</source>
            <translation>Sign out of the server</translation>
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
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock now (Ctrl+L)</source>
            <translation>Lock now (Ctrl+L)</translation>
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
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>That passphrase is not right. Check Caps Lock and try again.</translation>
        </message>
        <message>
            <source>Type the code.</source>
            <translation>Type the code.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which an enrolment code never has: it has no 0, O, 1 or I. Check that character.</source>
            <translation>Group %1 has “%2”, which an enrolment code never has: it has no 0, O, 1 or I. Check that character.</translation>
        </message>
        <message>
            <source>Group %1 has “%2”, which is not a character of the code. Check that character.</source>
            <translation>Group %1 has “%2”, which is not a character of the code. Check that character.</translation>
        </message>
        <message>
            <source>The code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>The code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</translation>
        </message>
        <message>
            <source>The drive of %1 is full (%2 free). Make at least %3 of room, for example by emptying the recycle bin or moving large files, then try again. Nothing was lost: what you typed is still here.</source>
            <translation>The drive of %1 is full (%2 free). Make at least %3 of room, for example by emptying the recycle bin or moving large files, then try again. Nothing was lost: what you typed is still here.</translation>
        </message>
        <message>
            <source>%1 is on a drive that can only be read (a locked USB stick, a read-only share or a disk with errors). Nothing was changed. Make the drive writable or ask your IT contact, then try again.</source>
            <translation>%1 is on a drive that can only be read (a locked USB stick, a read-only share or a disk with errors). Nothing was changed. Make the drive writable or ask your IT contact, then try again.</translation>
        </message>
        <message>
            <source>Your account may not write to %1. Nothing was changed. Ask your IT contact to give your account write permission for this folder.</source>
            <translation>Your account may not write to %1. Nothing was changed. Ask your IT contact to give your account write permission for this folder.</translation>
        </message>
        <message>
            <source>%1 is not there. If it is on a USB stick or a network drive, connect it and try again. Nothing was lost.</source>
            <translation>%1 is not there. If it is on a USB stick or a network drive, connect it and try again. Nothing was lost.</translation>
        </message>
        <message>
            <source>Another program is using the files in %1 (a backup, cloud sync or virus scanner, perhaps). Nothing was lost. Wait a moment and try again; if it keeps happening, close that program.</source>
            <translation>Another program is using the files in %1 (a backup, cloud sync or virus scanner, perhaps). Nothing was lost. Wait a moment and try again; if it keeps happening, close that program.</translation>
        </message>
        <message>
            <source>The files in %1 cannot be read or written. Nothing was changed.</source>
            <translation>The files in %1 cannot be read or written. Nothing was changed.</translation>
        </message>
        <message>
            <source>The recovery code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</source>
            <translation>The recovery code has a typo: its characters do not match its check characters. Compare each group with your printed sheet.</translation>
        </message>
        <message>
            <source>This recovery code does not open the data on this laptop. If you made a new recovery code later, only the newest one works.</source>
            <translation>This recovery code does not open the data on this laptop. If you made a new recovery code later, only the newest one works.</translation>
        </message>
        <message>
            <source>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</source>
            <translation>The key file of your data (vault.json) is damaged or was changed. Nothing was opened. Ask your IT contact to restore it.</translation>
        </message>
        <message>
            <source>The backup was made on this laptop, but it could not be copied to the other folder: %1</source>
            <translation>The backup was made on this laptop, but it could not be copied to the other folder: %1</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Close the other window or wait until the tool has finished, then try again.</source>
            <translation>Coach Companion is already open for this data folder, or an IT tool is working on it. Close the other window or wait until the tool has finished, then try again.</translation>
        </message>
        <message>
            <source>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</source>
            <translation>The database file (coach.db) is damaged or does not belong to this key file. Nothing was changed. Ask your IT contact to restore a backup.</translation>
        </message>
        <message>
            <source>A file could not be read or written (%1). Nothing was lost; please try again.</source>
            <translation>A file could not be read or written (%1). Nothing was lost; please try again.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Nothing was lost; please try again.</source>
            <translation>Something went wrong (%1). Nothing was lost; please try again.</translation>
        </message>
    </context>
    <context>
        <name>MilestonesModel</name>
        <message>
            <source>Milestone</source>
            <translation>Milestone</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Reached on</translation>
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
            <translation>The server could not be reached. Nothing is lost; it is tried again later.</translation>
        </message>
        <message>
            <source>The server took too long to answer. It is tried again later.</source>
            <translation>The server took too long to answer. It is tried again later.</translation>
        </message>
        <message>
            <source>The server had a problem. It is tried again later.</source>
            <translation>The server had a problem. It is tried again later.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). It is tried again later.</source>
            <translation>The server answered unexpectedly (perhaps a network that asks you to sign in first). It is tried again later.</translation>
        </message>
        <message>
            <source>The server is busy. It is tried again later.</source>
            <translation>The server is busy. It is tried again later.</translation>
        </message>
        <message>
            <source>This laptop's access to the server was withdrawn. Ask your project leader for a new enrolment code.</source>
            <translation>This laptop's access to the server was withdrawn. Ask your project leader for a new enrolment code.</translation>
        </message>
        <message>
            <source>The backup is larger than the server keeps for one laptop. Your data is safe on this laptop; please tell your project leader.</source>
            <translation>The backup is larger than the server keeps for one laptop. Your data is safe on this laptop; please tell your project leader.</translation>
        </message>
        <message>
            <source>The backup being sent was removed from this laptop; a new one is sent next time.</source>
            <translation>The backup being sent was removed from this laptop; a new one is sent next time.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled with a server yet (see Sync), so nothing can be handed over or backed up there.</source>
            <translation>This laptop is not enrolled with a server yet (see Sync), so nothing can be handed over or backed up there.</translation>
        </message>
        <message>
            <source>This family is no longer on this laptop.</source>
            <translation>This family is no longer on this laptop.</translation>
        </message>
        <message>
            <source>This family is already being handed over.</source>
            <translation>This family is already being handed over.</translation>
        </message>
        <message>
            <source>The two laptops run different versions of Coach Companion. Update both to the same version, then try again. Nothing was changed.</source>
            <translation>The two laptops run different versions of Coach Companion. Update both to the same version, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>This family is already on this laptop. Nothing was changed.</source>
            <translation>This family is already on this laptop. Nothing was changed.</translation>
        </message>
        <message>
            <source>This file is not a family handed over with Coach Companion. Nothing was changed.</source>
            <translation>This file is not a family handed over with Coach Companion. Nothing was changed.</translation>
        </message>
        <message>
            <source>The server did not accept this handover (the other laptop may have been withdrawn). Nothing was changed.</source>
            <translation>The server did not accept this handover (the other laptop may have been withdrawn). Nothing was changed.</translation>
        </message>
        <message>
            <source>This did not work this time. Nothing is lost.</source>
            <translation>This did not work this time. Nothing is lost.</translation>
        </message>
        <message>
            <source>This family was handed over to another coach's laptop; only that laptop can open it. Nothing was changed.</source>
            <translation>This family was handed over to another coach's laptop; only that laptop can open it. Nothing was changed.</translation>
        </message>
        <message>
            <source>The server does not know the laptop this family comes from (it may have been withdrawn), so it cannot be checked. Nothing was changed.</source>
            <translation>The server does not know the laptop this family comes from (it may have been withdrawn), so it cannot be checked. Nothing was changed.</translation>
        </message>
        <message>
            <source>The handover file is damaged, incomplete or was changed, so it was refused. Nothing was changed. Ask the other coach to send it again.</source>
            <translation>The handover file is damaged, incomplete or was changed, so it was refused. Nothing was changed. Ask the other coach to send it again.</translation>
        </message>
        <message>
            <source>This family is being handed over to %1. It cannot be changed here any more; it is erased from this laptop once %1's laptop has taken it over.</source>
            <translation>This family is being handed over to %1. It cannot be changed here any more; it is erased from this laptop once %1's laptop has taken it over.</translation>
        </message>
        <message>
            <source>This family is being taken over from %1. It can be changed once the server has confirmed the handover (at the next sync).</source>
            <translation>This family is being taken over from %1. It can be changed once the server has confirmed the handover (at the next sync).</translation>
        </message>
        <message>
            <source>No backup of this laptop is on the server yet.</source>
            <translation>No backup of this laptop is on the server yet.</translation>
        </message>
        <message>
            <source>Last encrypted backup on the server: %1 (%2).</source>
            <translation>Last encrypted backup on the server: %1 (%2).</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Last problem: %1</translation>
        </message>
    </context>
    <context>
        <name>OffsiteBox</name>
        <message>
            <source>Encrypted backup on the server, and handovers</source>
            <translation>Encrypted backup on the server, and handovers</translation>
        </message>
        <message>
            <source>Back up to the server now</source>
            <translation>Back up to the server now</translation>
        </message>
        <message>
            <source>Backup on the server</source>
            <translation>Backup on the server</translation>
        </message>
        <message>
            <source>Families handed over to you</source>
            <translation>Families handed over to you</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>&amp;Take over</translation>
        </message>
        <message>
            <source>Take over the chosen family</source>
            <translation>Take over the chosen family</translation>
        </message>
        <message>
            <source>Take over from a &amp;file…</source>
            <translation>Take over from a f&amp;ile…</translation>
        </message>
        <message>
            <source>Take over a family from a file</source>
            <translation>Take over a family from a file</translation>
        </message>
        <message>
            <source>A family from %1</source>
            <translation>A family from %1</translation>
        </message>
        <message numerus="yes">
            <source>%n family(ies) waiting to be taken over by: %1. Each is erased here once taken over.</source>
            <translation>
                <numerusform>%n family waiting to be taken over by: %1. It is erased here once taken over.</numerusform>
                <numerusform>%n families waiting to be taken over by: %1. Each is erased here once taken over.</numerusform>
            </translation>
        </message>
        <message>
            <source>The encrypted backup is on the server.</source>
            <translation>The encrypted backup is on the server.</translation>
        </message>
        <message>
            <source>Backing up to the server…</source>
            <translation>Backing up to the server…</translation>
        </message>
        <message>
            <source>Taking the family over…</source>
            <translation>Taking the family over…</translation>
        </message>
        <message>
            <source>Handed-over families (*.package)</source>
            <translation>Handed-over families (*.package)</translation>
        </message>
        <message>
            <source>The family is now on this laptop.</source>
            <translation>The family is now on this laptop.</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Hide the passphrase</source>
            <translation>Hide the passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Caps Lock is on: letters come out in capitals. Press Caps Lock to turn it off.</source>
            <translation>Caps Lock is on: letters come out in capitals. Press Caps Lock to turn it off.</translation>
        </message>
        <message>
            <source>Use a few words, avoid common phrases.</source>
            <translation>Use a few words, avoid common phrases.</translation>
        </message>
        <message>
            <source>No need for symbols, digits, or uppercase letters.</source>
            <translation>No need for symbols, digits, or uppercase letters.</translation>
        </message>
        <message>
            <source>Add another word or two. Uncommon words are better.</source>
            <translation>Add another word or two. Uncommon words are better.</translation>
        </message>
        <message>
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Straight rows of keys are easy to guess.</translation>
        </message>
        <message>
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Short keyboard patterns are easy to guess.</translation>
        </message>
        <message>
            <source>Use a longer keyboard pattern with more turns.</source>
            <translation>Use a longer keyboard pattern with more turns.</translation>
        </message>
        <message>
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>Repeats like "aaa" are easy to guess.</translation>
        </message>
        <message>
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</translation>
        </message>
        <message>
            <source>Avoid repeated words and characters.</source>
            <translation>Avoid repeated words and characters.</translation>
        </message>
        <message>
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>Sequences like "abc" or "6543" are easy to guess.</translation>
        </message>
        <message>
            <source>Avoid sequences.</source>
            <translation>Avoid sequences.</translation>
        </message>
        <message>
            <source>Recent years are easy to guess.</source>
            <translation>Recent years are easy to guess.</translation>
        </message>
        <message>
            <source>Avoid recent years.</source>
            <translation>Avoid recent years.</translation>
        </message>
        <message>
            <source>Avoid years that are associated with you.</source>
            <translation>Avoid years that are associated with you.</translation>
        </message>
        <message>
            <source>Dates are often easy to guess.</source>
            <translation>Dates are often easy to guess.</translation>
        </message>
        <message>
            <source>Avoid dates and years that are associated with you.</source>
            <translation>Avoid dates and years that are associated with you.</translation>
        </message>
        <message>
            <source>This is a top-10 common password.</source>
            <translation>This is a top-10 common password.</translation>
        </message>
        <message>
            <source>This is a top-100 common password.</source>
            <translation>This is a top-100 common password.</translation>
        </message>
        <message>
            <source>This is a very common password.</source>
            <translation>This is a very common password.</translation>
        </message>
        <message>
            <source>This is similar to a commonly used password.</source>
            <translation>This is similar to a commonly used password.</translation>
        </message>
        <message>
            <source>A word by itself is easy to guess.</source>
            <translation>A word by itself is easy to guess.</translation>
        </message>
        <message>
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Names and surnames by themselves are easy to guess.</translation>
        </message>
        <message>
            <source>Common names and surnames are easy to guess.</source>
            <translation>Common names and surnames are easy to guess.</translation>
        </message>
        <message>
            <source>Capitalization doesn't help very much.</source>
            <translation>Capitalization doesn't help very much.</translation>
        </message>
        <message>
            <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
            <translation>All-uppercase is almost as easy to guess as all-lowercase.</translation>
        </message>
        <message>
            <source>Reversed words aren't much harder to guess.</source>
            <translation>Reversed words aren't much harder to guess.</translation>
        </message>
        <message>
            <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
            <translation>Predictable substitutions like '@' instead of 'a' don't help very much.</translation>
        </message>
        <message>
            <source>Too short: use at least %1 characters.</source>
            <translation>Too short: use at least %1 characters.</translation>
        </message>
        <message>
            <source>Very weak: easy to guess.</source>
            <translation>Very weak: easy to guess.</translation>
        </message>
        <message>
            <source>Weak: easy to guess.</source>
            <translation>Weak: easy to guess.</translation>
        </message>
        <message>
            <source>Fair, but still guessable.</source>
            <translation>Fair, but still guessable.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Strong.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>Very strong.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseBox</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Re&amp;peat new passphrase:</source>
            <translation>Re&amp;peat new passphrase:</translation>
        </message>
        <message>
            <source>Repeat new passphrase</source>
            <translation>Repeat new passphrase</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Type your current passphrase first.</source>
            <translation>Type your current passphrase first.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>Your passphrase was changed. Use the new one from now on.</source>
            <translation>Your passphrase was changed. Use the new one from now on.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;New person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>from the first month with figures to this month</source>
            <translation>from the first month with figures to this month</translation>
        </message>
        <message>
            <source>Programme to date</source>
            <translation>Programme to date</translation>
        </message>
        <message>
            <source>Q%1 %2 (%3–%4)</source>
            <translation>Q%1 %2 (%3–%4)</translation>
        </message>
        <message>
            <source>the programme to date (%1)</source>
            <translation>the programme to date (%1)</translation>
        </message>
        <message>
            <source>“%1” is not a month. Type it as 03-2019 or as March 2019.</source>
            <translation>“%1” is not a month. Type it as 03-2019 or as March 2019.</translation>
        </message>
        <message>
            <source>%1 has not begun yet: there are figures up to %2.</source>
            <translation>%1 has not begun yet: there are figures up to %2.</translation>
        </message>
        <message>
            <source>Months before %1 are not offered.</source>
            <translation>Months before %1 are not offered.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Kind of period</translation>
        </message>
        <message>
            <source>e.g. 03-2019</source>
            <translation>e.g. 03-2019</translation>
        </message>
        <message>
            <source>Type a month (03-2019 or March 2019) and press Enter, or pick it from the calendar.</source>
            <translation>Type a month (03-2019 or March 2019) and press Enter, or pick it from the calendar.</translation>
        </message>
        <message>
            <source>Pick the month from a calendar</source>
            <translation>Pick the month from a calendar</translation>
        </message>
        <message>
            <source>Calendar: pick a day of the month</source>
            <translation>Calendar: pick a day of the month</translation>
        </message>
        <message>
            <source>Quarter or year</source>
            <translation>Quarter or year</translation>
        </message>
        <message>
            <source>Months of the programme to date</source>
            <translation>Months of the programme to date</translation>
        </message>
        <message>
            <source>Period message</source>
            <translation>Period message</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>&amp;Given name</source>
            <translation>&amp;Given name</translation>
        </message>
        <message>
            <source>&amp;Family name</source>
            <translation>&amp;Family name</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Birth date</translation>
        </message>
        <message>
            <source>G&amp;ender</source>
            <translation>G&amp;ender</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Given name</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Family name</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
    </context>
    <context>
        <name>ProgressModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication.self</name>
        <message>
            <source>The old recovery code no longer works.</source>
            <translation>The old recovery code no longer works.</translation>
        </message>
    </context>
    <context>
        <name>RecordSentence</name>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Goal</translation>
        </message>
        <message>
            <source>Status change</source>
            <translation>Status change</translation>
        </message>
        <message>
            <source>Dutch level</source>
            <translation>Dutch level</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Removal</source>
            <translation>Removal</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <translation>week %1 of %2</translation>
        </message>
        <message>
            <source>household of %1</source>
            <translation>household of %1</translation>
        </message>
        <message>
            <source>aged %1</source>
            <translation>aged %1</translation>
        </message>
        <message>
            <source>woman or girl</source>
            <translation>woman or girl</translation>
        </message>
        <message>
            <source>man or boy</source>
            <translation>man or boy</translation>
        </message>
        <message>
            <source>gender X</source>
            <translation>gender X</translation>
        </message>
        <message>
            <source>gender not recorded</source>
            <translation>gender not recorded</translation>
        </message>
        <message>
            <source>Adult</source>
            <translation>Adult</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Child</translation>
        </message>
        <message>
            <source>Family in %1, %2, in the programme since %3</source>
            <translation>Family in %1, %2, in the programme since %3</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 since %2</translation>
        </message>
        <message>
            <source>for one person</source>
            <translation>for one person</translation>
        </message>
        <message>
            <source>for the whole family</source>
            <translation>for the whole family</translation>
        </message>
        <message>
            <source>Goal in %1 %2, opened in %3</source>
            <translation>Goal in %1 %2, opened in %3</translation>
        </message>
        <message>
            <source>The family's status became %1 in %2</source>
            <translation>The family's status became %1 in %2</translation>
        </message>
        <message>
            <source>A goal's status became %1 in %2</source>
            <translation>A goal's status became %1 in %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>below A1</translation>
        </message>
        <message>
            <source>Dutch at level %1 in %2</source>
            <translation>Dutch at level %1 in %2</translation>
        </message>
        <message>
            <source>%1 in %2, %3 minutes</source>
            <translation>%1 in %2, %3 minutes</translation>
        </message>
        <message>
            <source>Score %1 of 5 for %2 in %3</source>
            <translation>Score %1 of 5 for %2 in %3</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family was erased</source>
            <translation>Removes an earlier record: the family was erased</translation>
        </message>
        <message>
            <source>Removes an earlier record: the family withdrew its consent</source>
            <translation>Removes an earlier record: the family withdrew its consent</translation>
        </message>
        <message>
            <source>Removes an earlier record that was deleted or corrected</source>
            <translation>Removes an earlier record that was deleted or corrected</translation>
        </message>
        <message>
            <source>Removes an earlier record</source>
            <translation>Removes an earlier record</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeBox</name>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Make a new recovery code if the old one was lost or seen by someone else. The old code stops working.</source>
            <translation>Make a new recovery code if the old one was lost or seen by someone else. The old code stops working.</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>Pa&amp;ssphrase:</translation>
        </message>
        <message>
            <source>Passphrase for a new recovery code</source>
            <translation>Passphrase for a new recovery code</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Make a new recovery code</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the new recovery code</source>
            <translation>Print the new recovery code</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save the new recovery code as PDF</source>
            <translation>Save the new recovery code as PDF</translation>
        </message>
        <message>
            <source>Hide the code</source>
            <translation>Hide the code</translation>
        </message>
        <message>
            <source>Type your passphrase first.</source>
            <translation>Type your passphrase first.</translation>
        </message>
        <message>
            <source>Making a new recovery code…</source>
            <translation>Making a new recovery code…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Unlock with your recovery code</source>
            <translation>Unlock with your recovery code</translation>
        </message>
        <message>
            <source>Type the recovery code from the sheet you printed or wrote down when you set up Coach Companion: 32 characters in 8 groups. Capitals, spaces and dashes do not matter.</source>
            <translation>Type the recovery code from the sheet you printed or wrote down when you set up Coach Companion: 32 characters in 8 groups. Capitals, spaces and dashes do not matter.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Back to the passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Unlock with the recovery code</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Choose a new passphrase</translation>
        </message>
        <message>
            <source>Your data is open. Choose a new passphrase now: it opens your data from now on. Several words that belong together only for you work well.</source>
            <translation>Your data is open. Choose a new passphrase now: it opens your data from now on. Several words that belong together only for you work well.</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Repeat it:</translation>
        </message>
        <message>
            <source>Repeat the new passphrase</source>
            <translation>Repeat the new passphrase</translation>
        </message>
        <message>
            <source>Set the new passphrase</source>
            <translation>Set the new passphrase</translation>
        </message>
        <message>
            <source>A new recovery code?</source>
            <translation>A new recovery code?</translation>
        </message>
        <message>
            <source>Your new passphrase is set. The recovery code you used still works. If anyone else may have seen it, make a new one: the old one then stops working.</source>
            <translation>Your new passphrase is set. The recovery code you used still works. If anyone else may have seen it, make a new one: the old one then stops working.</translation>
        </message>
        <message>
            <source>Make a new recovery code</source>
            <translation>Make a new recovery code</translation>
        </message>
        <message>
            <source>Keep the current code</source>
            <translation>Keep the current code</translation>
        </message>
        <message>
            <source>New recovery code</source>
            <translation>New recovery code</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Save the recovery code as PDF</translation>
        </message>
        <message>
            <source>I have written down the new recovery code</source>
            <translation>I have written down the new recovery code</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 of %2 characters</translation>
        </message>
        <message>
            <source>Unlocking…</source>
            <translation>Unlocking…</translation>
        </message>
        <message>
            <source>Choose a stronger passphrase: see the advice under it.</source>
            <translation>Choose a stronger passphrase: see the advice under it.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Setting the new passphrase…</source>
            <translation>Setting the new passphrase…</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>Coach Companion: your recovery code</source>
            <translation>Coach Companion: your recovery code</translation>
        </message>
        <message>
            <source>If you forget your passphrase, this code opens all the data in Coach Companion on your laptop. Anyone who has the laptop and this code can read everything.</source>
            <translation>If you forget your passphrase, this code opens all the data in Coach Companion on your laptop. Anyone who has the laptop and this code can read everything.</translation>
        </message>
        <message>
            <source>Keep this sheet somewhere safe, away from the laptop. Do not carry them together.</source>
            <translation>Keep this sheet somewhere safe, away from the laptop. Do not carry them together.</translation>
        </message>
        <message>
            <source>The code was shown only once. If this sheet is lost or someone else has seen it, make a new recovery code in Settings; the old code then stops working.</source>
            <translation>The code was shown only once. If this sheet is lost or someone else has seen it, make a new recovery code in Settings; the old code then stops working.</translation>
        </message>
        <message>
            <source>If you saved this sheet as a PDF file, print it, then delete the file. Do not keep the code on the laptop or send it by e-mail.</source>
            <translation>If you saved this sheet as a PDF file, print it, then delete the file. Do not keep the code on the laptop or send it by e-mail.</translation>
        </message>
        <message>
            <source>Organisation: %1</source>
            <translation>Organisation: %1</translation>
        </message>
        <message>
            <source>Made on %1</source>
            <translation>Made on %1</translation>
        </message>
        <message>
            <source>recovery-code.pdf</source>
            <translation>recovery-code.pdf</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Save the recovery code as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>The PDF could not be written to %1. Choose another place.</source>
            <translation>The PDF could not be written to %1. Choose another place.</translation>
        </message>
        <message>
            <source>The recovery code was saved as %1. Print it, then delete the file.</source>
            <translation>The recovery code was saved as %1. Print it, then delete the file.</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <source>The recovery code could not be printed. Check the printer and try again.</source>
            <translation>The recovery code could not be printed. Check the printer and try again.</translation>
        </message>
        <message>
            <source>The recovery code was sent to the printer.</source>
            <translation>The recovery code was sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Period: %1 (change it on the Dashboard tab).</source>
            <translation>Period: %1 (change it on the Dashboard tab).</translation>
        </message>
        <message>
            <source>Reports for funders and the evaluating university. They use the export threshold: counts below %1 are withheld.</source>
            <translation>Reports for funders and the evaluating university. They use the export threshold: counts below %1 are withheld.</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>Report &amp;language:</translation>
        </message>
        <message>
            <source>Language of the PDF report</source>
            <translation>Language of the PDF report</translation>
        </message>
        <message>
            <source>Save &amp;PDF report…</source>
            <translation>Save &amp;PDF report…</translation>
        </message>
        <message>
            <source>Save the funder report as PDF</source>
            <translation>Save the funder report as PDF</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>Save &amp;CSV…</translation>
        </message>
        <message>
            <source>Save the summary as CSV</source>
            <translation>Save the summary as CSV</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Saved the report (%n page(s)) to %1.</source>
            <translation>
                <numerusform>Saved the report (%n page) to %1.</numerusform>
                <numerusform>Saved the report (%n pages) to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved the CSV to %1.</source>
            <translation>Saved the CSV to %1.</translation>
        </message>
        <message>
            <source>Fetching the figures…</source>
            <translation>Fetching the figures…</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <source>Restore from the server</source>
            <extracomment>The HTTP transport (None: the network); tests and screenshots use the server's own.</extracomment>
            <translation>Restore from the server</translation>
        </message>
        <message>
            <source>Use this on a new laptop that replaces a lost, stolen or broken one. Your project leader gives you an enrolment code for the laptop you replace; you also need your recovery code. The server keeps only an encrypted copy it cannot read.</source>
            <translation>Use this on a new laptop that replaces a lost, stolen or broken one. Your project leader gives you an enrolment code for the laptop you replace; you also need your recovery code. The server keeps only an encrypted copy it cannot read.</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Server address:</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>&amp;Enrolment code:</source>
            <translation>&amp;Enrolment code:</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Find my backup</source>
            <translation>Find my backup</translation>
        </message>
        <message>
            <source>← Set up a new, empty laptop instead</source>
            <translation>← Set up a new, empty laptop instead</translation>
        </message>
        <message>
            <source>Back to setting up a new laptop</source>
            <translation>Back to setting up a new laptop</translation>
        </message>
        <message>
            <source>&amp;Recovery code:</source>
            <translation>&amp;Recovery code:</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Re&amp;peat passphrase:</source>
            <translation>Re&amp;peat passphrase:</translation>
        </message>
        <message>
            <source>Repeat passphrase</source>
            <translation>Repeat passphrase</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Recovery code lost? IT staff can restore this laptop with the organisation's key (coach-app recover --from-server).</source>
            <translation>Recovery code lost? IT staff can restore this laptop with the organisation's key (coach-app recover --from-server).</translation>
        </message>
        <message>
            <source>Enter the server address.</source>
            <translation>Enter the server address.</translation>
        </message>
        <message>
            <source>Downloading the encrypted backup…</source>
            <translation>Downloading the encrypted backup…</translation>
        </message>
        <message>
            <source>Found the encrypted backup of %1 (%2). Type your recovery code and choose a new passphrase for this laptop.</source>
            <translation>Found the encrypted backup of %1 (%2). Type your recovery code and choose a new passphrase for this laptop.</translation>
        </message>
        <message>
            <source>The passphrase needs at least %1 characters.</source>
            <translation>The passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>This passphrase is easy to guess. Choose a stronger one: see the advice.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>Opening and checking the backup…</source>
            <translation>Opening and checking the backup…</translation>
        </message>
        <message>
            <source>The server has no backup of the laptop this code names. Ask your project leader for a code for the laptop you replace (not for a new one).</source>
            <translation>The server has no backup of the laptop this code names. Ask your project leader for a code for the laptop you replace (not for a new one).</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired; ask your project leader for a new one.</source>
            <translation>The enrolment code was not accepted. It may be mistyped, used already or expired; ask your project leader for a new one.</translation>
        </message>
        <message>
            <source>This recovery code does not open this backup. Use the recovery code of the laptop you replace (the newest one, if you made a new one). Nothing was changed.</source>
            <translation>This recovery code does not open this backup. Use the recovery code of the laptop you replace (the newest one, if you made a new one). Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup is damaged, incomplete or was changed, so it was refused. Nothing was changed on this laptop. Try again; if it happens again, tell your project leader.</source>
            <translation>The backup is damaged, incomplete or was changed, so it was refused. Nothing was changed on this laptop. Try again; if it happens again, tell your project leader.</translation>
        </message>
    </context>
    <context>
        <name>RevokeConfirmation</name>
        <message>
            <source>Revoke a laptop</source>
            <translation>Revoke a laptop</translation>
        </message>
        <message>
            <source>Revoke the laptop of %1?</source>
            <translation>Revoke the laptop of %1?</translation>
        </message>
        <message>
            <source>This laptop (device %1) will no longer be able to send records to the server. What it has sent already stays. To sync again, the coach needs a new enrolment code. This cannot be undone.</source>
            <translation>This laptop (device %1) will no longer be able to send records to the server. What it has sent already stays. To sync again, the coach needs a new enrolment code. This cannot be undone.</translation>
        </message>
        <message>
            <source>&amp;Revoke laptop</source>
            <translation>&amp;Revoke laptop</translation>
        </message>
        <message>
            <source>Revoke this laptop</source>
            <translation>Revoke this laptop</translation>
        </message>
        <message>
            <source>&amp;Keep it enrolled</source>
            <translation>&amp;Keep it enrolled</translation>
        </message>
        <message>
            <source>Keep this laptop enrolled</source>
            <translation>Keep this laptop enrolled</translation>
        </message>
    </context>
    <context>
        <name>ServerBox</name>
        <message>
            <source>Server and enrolment</source>
            <translation>Server and enrolment</translation>
        </message>
        <message>
            <source>Anonymised progress records go to your organisation's server once this laptop is enrolled with a code from your project leader. Enrolling, the sync status and what will be sent are on the Sync screen.</source>
            <translation>Anonymised progress records go to your organisation's server once this laptop is enrolled with a code from your project leader. Enrolling, the sync status and what will be sent are on the Sync screen.</translation>
        </message>
        <message>
            <source>Enrol this laptop or see the sync status…</source>
            <translation>Enrol this laptop or see the sync status…</translation>
        </message>
        <message>
            <source>Open the Sync screen to enrol this laptop</source>
            <translation>Open the Sync screen to enrol this laptop</translation>
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
            <source>Replacing a laptop? Restore from the server</source>
            <translation>Replacing a laptop? Restore from the server</translation>
        </message>
        <message>
            <source>Restore from the server</source>
            <translation>Restore from the server</translation>
        </message>
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
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Print the recovery code</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Save the recovery code as PDF</source>
            <translation>Save the recovery code as PDF</translation>
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
            <source>The passphrase needs at least %1 characters.</source>
            <translation>The passphrase needs at least %1 characters.</translation>
        </message>
        <message>
            <source>This passphrase is easy to guess. Choose a stronger one: see the advice.</source>
            <translation>This passphrase is easy to guess. Choose a stronger one: see the advice.</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Save the visit (visit editor)</source>
            <translation>Save the visit (visit editor)</translation>
        </message>
        <message>
            <source>Next field</source>
            <translation>Next field</translation>
        </message>
        <message>
            <source>Close a dialog without saving</source>
            <translation>Close a dialog without saving</translation>
        </message>
        <message>
            <source>Open the selected family or visit</source>
            <translation>Open the selected family or visit</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the list of shortcuts</source>
            <translation>Close the list of shortcuts</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
    </context>
    <context>
        <name>SingleInstance</name>
        <message>
            <source>Coach Companion is already open for this data folder. Its window has been brought to the front. Only one window can use the data at a time, so that nothing is lost.</source>
            <translation>Coach Companion is already open for this data folder. Its window has been brought to the front. Only one window can use the data at a time, so that nothing is lost.</translation>
        </message>
        <message>
            <source>Coach Companion is already open for this data folder, or an IT tool is working on it. Only one can use the data at a time, so that nothing is lost. Switch to the open window, or wait until the IT tool has finished, then try again.</source>
            <translation>Coach Companion is already open for this data folder, or an IT tool is working on it. Only one can use the data at a time, so that nothing is lost. Switch to the open window, or wait until the IT tool has finished, then try again.</translation>
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
            <translation>This backup is damaged, was changed, or was made with another key (for example before the data was re-encrypted). Nothing was changed.</translation>
        </message>
        <message>
            <source>Another task is still running. Wait a moment and try again.</source>
            <translation>Another task is still running. Wait a moment and try again.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Coach Companion cannot start: the settings file your organisation installed on this laptop has a mistake.</source>
            <translation>Coach Companion cannot start: the settings file your organisation installed on this laptop has a mistake.</translation>
        </message>
        <message>
            <source>Your data is safe and unchanged. Please contact your IT staff and tell them what the details say.</source>
            <translation>Your data is safe and unchanged. Please contact your IT staff and tell them what the details say.</translation>
        </message>
    </context>
    <context>
        <name>StatusChoiceDelegate</name>
        <message>
            <source>New status</source>
            <translation>New status</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>The server could not be reached. Nothing is lost: the records wait on this laptop and are sent when the network is back.</source>
            <translation>The server could not be reached. Nothing is lost: the records wait on this laptop and are sent when the network is back.</translation>
        </message>
        <message>
            <source>The server took too long to answer. Nothing is lost: the records are sent again later.</source>
            <translation>The server took too long to answer. Nothing is lost: the records are sent again later.</translation>
        </message>
        <message>
            <source>The server had a problem. Nothing is lost: the records are sent again later.</source>
            <translation>The server had a problem. Nothing is lost: the records are sent again later.</translation>
        </message>
        <message>
            <source>This laptop may no longer send records: its access was withdrawn. Ask your project leader for a new enrolment code and enrol again.</source>
            <translation>This laptop may no longer send records: its access was withdrawn. Ask your project leader for a new enrolment code and enrol again.</translation>
        </message>
        <message>
            <source>The server answered unexpectedly (perhaps a network that asks you to sign in first). Nothing is lost: the records are sent again later.</source>
            <translation>The server answered unexpectedly (perhaps a network that asks you to sign in first). Nothing is lost: the records are sent again later.</translation>
        </message>
        <message>
            <source>The server is busy. Nothing is lost: the records are sent again later.</source>
            <translation>The server is busy. Nothing is lost: the records are sent again later.</translation>
        </message>
        <message>
            <source>The server did not accept this laptop's requests; it may need an update. Nothing is lost: the records wait on this laptop. Please tell your project leader.</source>
            <translation>The server did not accept this laptop's requests; it may need an update. Nothing is lost: the records wait on this laptop. Please tell your project leader.</translation>
        </message>
        <message>
            <source>The enrolment code was not accepted. It may be mistyped, used already or expired.</source>
            <translation>The enrolment code was not accepted. It may be mistyped, used already or expired.</translation>
        </message>
        <message>
            <source>The server address must start with http:// or https://.</source>
            <translation>The server address must start with http:// or https://.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Plain http:// is only allowed to this computer itself.</source>
            <translation>The server address must start with https://. Plain http:// is only allowed to this computer itself.</translation>
        </message>
        <message>
            <source>The server still holds something other than this laptop after sending again. Nothing is lost on this laptop; it tries again at the next sync. If this stays, please tell your project leader.</source>
            <translation>The server still holds something other than this laptop after sending again. Nothing is lost on this laptop; it tries again at the next sync. If this stays, please tell your project leader.</translation>
        </message>
        <message>
            <source>Sync did not work this time. Nothing is lost.</source>
            <translation>Sync did not work this time. Nothing is lost.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept in the field %1.</source>
            <translation>The server found a value it cannot accept in the field %1.</translation>
        </message>
        <message>
            <source>The server found a value it cannot accept.</source>
            <translation>The server found a value it cannot accept.</translation>
        </message>
        <message>
            <source>The server already holds this version of the record with other contents.</source>
            <translation>The server already holds this version of the record with other contents.</translation>
        </message>
        <message>
            <source>The server holds this record as another kind of record.</source>
            <translation>The server holds this record as another kind of record.</translation>
        </message>
        <message>
            <source>Held back: the family is being handed over to another laptop.</source>
            <translation>Held back: the family is being handed over to another laptop.</translation>
        </message>
        <message>
            <source>The server refused this record.</source>
            <translation>The server refused this record.</translation>
        </message>
        <message>
            <source>Record and the server's reason</source>
            <translation>Record and the server's reason</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>What will be sent</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Sync status</translation>
        </message>
        <message>
            <source>Enrol this laptop</source>
            <translation>Enrol this laptop</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>Enrolment code</source>
            <translation>Enrolment code</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Enrol</translation>
        </message>
        <message>
            <source>What will be sent (anonymised: no names, no notes)</source>
            <translation>What will be sent (anonymised: no names, no notes)</translation>
        </message>
        <message>
            <source>What will be sent</source>
            <translation>What will be sent</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show the selected record exactly as it is sent</source>
            <translation>Show the selected record exactly as it is sent</translation>
        </message>
        <message>
            <source>The selected record as it is sent</source>
            <translation>The selected record as it is sent</translation>
        </message>
        <message>
            <source>Choose a record above to see it exactly as it is sent.</source>
            <translation>Choose a record above to see it exactly as it is sent.</translation>
        </message>
        <message>
            <source>Records the server refused</source>
            <translation>Records the server refused</translation>
        </message>
        <message>
            <source>Send refused records again</source>
            <translation>Send refused records again</translation>
        </message>
        <message>
            <source>This laptop is enrolled with the server %1.</source>
            <translation>This laptop is enrolled with the server %1.</translation>
        </message>
        <message>
            <source>Enrolled. This laptop now sends to the server %1.</source>
            <translation>Enrolled. This laptop now sends to the server %1.</translation>
        </message>
        <message>
            <source>This laptop is not enrolled yet. Enter the server address and an enrolment code from your project leader.</source>
            <translation>This laptop is not enrolled yet. Enter the server address and an enrolment code from your project leader.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n record waiting to be sent.</numerusform>
                <numerusform>%n records waiting to be sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) refused by the server (see below).</source>
            <translation>
                <numerusform>%n record refused by the server (see below).</numerusform>
                <numerusform>%n records refused by the server (see below).</numerusform>
            </translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Last successful sync: %1</translation>
        </message>
        <message>
            <source>Nothing has been sent yet.</source>
            <translation>Nothing has been sent yet.</translation>
        </message>
        <message>
            <source>Last problem: %1</source>
            <translation>Last problem: %1</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Status or level</source>
            <translation>Status or level</translation>
        </message>
        <message>
            <source>Programme status</source>
            <translation>Programme status</translation>
        </message>
        <message>
            <source>Goal: %1</source>
            <translation>Goal: %1</translation>
        </message>
        <message>
            <source>Dutch level (CEFR)</source>
            <translation>Dutch level (CEFR)</translation>
        </message>
        <message>
            <source>Whole family</source>
            <translation>Whole family</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>What happened and when, newest first: the programme status, every status of every goal and the Dutch levels, each on the day it happened.</source>
            <translation>What happened and when, newest first: the programme status, every status of every goal and the Dutch levels, each on the day it happened.</translation>
        </message>
        <message>
            <source>History, newest first</source>
            <translation>History, newest first</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Change date or level…</source>
            <translation>Change date or level…</translation>
        </message>
        <message>
            <source>Change date…</source>
            <translation>Change date…</translation>
        </message>
        <message>
            <source>Select an entry of the history first.</source>
            <translation>Select an entry of the history first.</translation>
        </message>
        <message>
            <source>Correct the date of the selected entry (Enter or F2).</source>
            <translation>Correct the date of the selected entry (Enter or F2).</translation>
        </message>
        <message>
            <source>Correct the date or the level of the selected entry (Enter or F2).</source>
            <translation>Correct the date or the level of the selected entry (Enter or F2).</translation>
        </message>
        <message>
            <source>Delete the selected entry, after a question (Delete key).</source>
            <translation>Delete the selected entry, after a question (Delete key).</translation>
        </message>
        <message>
            <source>Delete a history entry</source>
            <translation>Delete a history entry</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>Mark the selected follow-up action as done</source>
            <translation>Mark the selected follow-up action as done</translation>
        </message>
        <message>
            <source>&amp;Move to:</source>
            <translation>&amp;Move to:</translation>
        </message>
        <message>
            <source>New due date for the selected action</source>
            <translation>New due date for the selected action</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Move the selected follow-up action to the new due date</source>
            <translation>Move the selected follow-up action to the new due date</translation>
        </message>
        <message numerus="yes">
            <source>Visits planned (%n)</source>
            <translation>
                <numerusform>Visits planned (%n)</numerusform>
                <numerusform>Visits planned (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held today: %n</source>
            <translation>
                <numerusform>held today: %n</numerusform>
                <numerusform>held today: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>No visits planned in the next %1 days. To plan one, open a family and choose New visit (Ctrl+N).</source>
            <translation>No visits planned in the next %1 days. To plan one, open a family and choose New visit (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>Follow-up actions to do (%n)</source>
            <translation>
                <numerusform>Follow-up actions to do (%n)</numerusform>
                <numerusform>Follow-up actions to do (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-up actions due in the next %1 days, none overdue. Actions you agree during a visit appear here when they are due.</source>
            <translation>No follow-up actions due in the next %1 days, none overdue. Actions you agree during a visit appear here when they are due.</translation>
        </message>
        <message>
            <source>Follow-up actions to do</source>
            <translation>Follow-up actions to do</translation>
        </message>
        <message>
            <source>No open goals with a target date in the next %1 days. Give a goal a target date on the family's Goals tab to see it here.</source>
            <translation>No open goals with a target date in the next %1 days. Give a goal a target date on the family's Goals tab to see it here.</translation>
        </message>
        <message>
            <source>Visits planned</source>
            <translation>Visits planned</translation>
        </message>
        <message numerus="yes">
            <source>Goals near their target date (%n)</source>
            <translation>
                <numerusform>Goals near their target date (%n)</numerusform>
                <numerusform>Goals near their target date (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Goals near their target date</source>
            <translation>Goals near their target date</translation>
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
            <source>Forgot your passphrase? Use your recovery code</source>
            <translation>Forgot your passphrase? Use your recovery code</translation>
        </message>
        <message>
            <source>Unlock with the recovery code</source>
            <translation>Unlock with the recovery code</translation>
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
    <context>
        <name>VisitEditor</name>
        <message>
            <source>New visit</source>
            <translation>New visit</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>Edit visit</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the visit</source>
            <translation>Save the visit</translation>
        </message>
        <message>
            <source>Save the visit (Ctrl+S)</source>
            <translation>Save the visit (Ctrl+S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Restored draft</source>
            <translation>Restored draft</translation>
        </message>
        <message>
            <source>What you typed earlier (last kept %1) was not saved yet and has been restored. Check it and save the visit.</source>
            <translation>What you typed earlier (last kept %1) was not saved yet and has been restored. Check it and save the visit.</translation>
        </message>
        <message>
            <source>Notes: %1</source>
            <translation>Notes: %1</translation>
        </message>
        <message>
            <source>Follow-up action %1: %2</source>
            <translation>Follow-up action %1: %2</translation>
        </message>
        <message>
            <source>Note on the goal “%1”: %2</source>
            <translation>Note on the goal “%1”: %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>This is too long to keep as a draft; shorten it.</source>
            <translation>This is too long to keep as a draft; shorten it.</translation>
        </message>
        <message>
            <source>Draft kept</source>
            <translation>Draft kept</translation>
        </message>
        <message>
            <source>The draft could not be kept; it is retried as you type.</source>
            <translation>The draft could not be kept; it is retried as you type.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>This visit or one of its goals was changed elsewhere after you opened it, so nothing was saved. What you typed is kept as a draft. Cancel, choose 'Keep as draft', and open the visit again to see the latest version.</source>
            <translation>This visit or one of its goals was changed elsewhere after you opened it, so nothing was saved. What you typed is kept as a draft. Cancel, choose 'Keep as draft', and open the visit again to see the latest version.</translation>
        </message>
        <message>
            <source>A goal cannot change to the status you chose. Choose another status.</source>
            <translation>A goal cannot change to the status you chose. Choose another status.</translation>
        </message>
        <message>
            <source>This family or visit no longer exists, so the visit was not saved.</source>
            <translation>This family or visit no longer exists, so the visit was not saved.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Follow-up action</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Progress note on the goal</translation>
        </message>
        <message>
            <source>Something you typed is longer than a visit can hold (%1: at most %2 characters). Shorten it and save again; what you typed is kept as a draft.</source>
            <translation>Something you typed is longer than a visit can hold (%1: at most %2 characters). Shorten it and save again; what you typed is kept as a draft.</translation>
        </message>
        <message>
            <source>Please check the visit: %1</source>
            <translation>Please check the visit: %1</translation>
        </message>
        <message>
            <source>Close the visit</source>
            <translation>Close the visit</translation>
        </message>
        <message>
            <source>This visit is not saved. What should happen to what you typed?</source>
            <translation>This visit is not saved. What should happen to what you typed?</translation>
        </message>
        <message>
            <source>Throw it away</source>
            <translation>Throw it away</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Keep as draft</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
    </context>
    <context>
        <name>VisitForm</name>
        <message>
            <source>Follow-up action</source>
            <translation>Follow-up action</translation>
        </message>
        <message>
            <source>Progress note on the goal</source>
            <translation>Progress note on the goal</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>Date and time of the visit</source>
            <translation>Date and time of the visit</translation>
        </message>
        <message>
            <source>D&amp;uration:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Where:</translation>
        </message>
        <message>
            <source>Kind of visit</source>
            <translation>Kind of visit</translation>
        </message>
        <message>
            <source>&amp;People present</source>
            <translation>&amp;People present</translation>
        </message>
        <message>
            <source>People present</source>
            <translation>People present</translation>
        </message>
        <message>
            <source>&amp;Topics</source>
            <translation>&amp;Topics</translation>
        </message>
        <message>
            <source>Topics discussed</source>
            <translation>Topics discussed</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Visit notes</source>
            <translation>Visit notes</translation>
        </message>
        <message>
            <source>&amp;Follow-up actions</source>
            <translation>&amp;Follow-up actions</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Follow-up actions</translation>
        </message>
        <message>
            <source>&amp;Goals</source>
            <translation>&amp;Goals</translation>
        </message>
        <message>
            <source>Goal updates</source>
            <translation>Goal updates</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>What did you talk about? What was agreed?</source>
            <translation>What did you talk about? What was agreed?</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Add action</translation>
        </message>
        <message>
            <source>Add a follow-up action</source>
            <translation>Add a follow-up action</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Remove action</translation>
        </message>
        <message>
            <source>Remove the selected follow-up action</source>
            <translation>Remove the selected follow-up action</translation>
        </message>
    </context>
    <context>
        <name>VisitsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Open follow-ups</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Family</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Today %1</source>
            <translation>Today %1</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Held today</source>
            <translation>Held today</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
    </context>
    <context>
        <name>VisitsTab</name>
        <message>
            <source>&amp;New visit</source>
            <translation>&amp;New visit</translation>
        </message>
        <message>
            <source>Visits, newest first</source>
            <translation>Visits, newest first</translation>
        </message>
    </context>
    <context>
        <name>_LimitTexts</name>
        <message numerus="yes">
            <source>%n character(s) too many: at most %1 fit. Shorten it; nothing you typed is lost.</source>
            <translation>
                <numerusform>%n character too many: at most %1 fit. Shorten it; nothing you typed is lost.</numerusform>
                <numerusform>%n characters too many: at most %1 fit. Shorten it; nothing you typed is lost.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>The code is %n character(s) too short. Check that no group is missing.</source>
            <translation>
                <numerusform>The code is %n character too short. Check that no group is missing.</numerusform>
                <numerusform>The code is %n characters too short. Check that no group is missing.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The code has %n character(s) too many. Check that no group was typed twice.</source>
            <translation>
                <numerusform>The code has %n character too many. Check that no group was typed twice.</numerusform>
                <numerusform>The code has %n characters too many. Check that no group was typed twice.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Wait %n second(s) and try again.</source>
            <translation>
                <numerusform>Too many wrong attempts. Wait %n second and try again.</numerusform>
                <numerusform>Too many wrong attempts. Wait %n seconds and try again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_SectionBox</name>
        <message numerus="yes">
            <source>%n withheld value(s) are not drawn: their bars are left out (a gap), not drawn as zero or as a number.</source>
            <extracomment>Pixels of the row-label column before its labels wrap. Pixels of table width up to which its chart stands beside it (else below it). Milliseconds between the last change of period and the request. Milliseconds between fetches while the server is still including newer records.</extracomment>
            <translation>
                <numerusform>%n withheld value is not drawn: its bar is left out (a gap), not drawn as zero or as a number.</numerusform>
                <numerusform>%n withheld values are not drawn: their bars are left out (a gap), not drawn as zero or as a number.</numerusform>
            </translation>
        </message>
    </context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>slp::CredentialProfileTable</name>
    <message numerus="yes">
        <source>Credential profile &quot;%1&quot; is used by %n device(s) (e.g. &quot;%2&quot;); assign them another profile first.</source>
        <translation>
            <numerusform>Credential profile &quot;%1&quot; is used by %n device (&quot;%2&quot;); assign it another profile first.</numerusform>
            <numerusform>Credential profile &quot;%1&quot; is used by %n devices (e.g. &quot;%2&quot;); assign them another profile first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::DeviceCsv</name>
    <message numerus="yes">
        <source>%n of %1 row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n of %1 row(s) has problems; nothing was imported.</numerusform>
            <numerusform>%n of %1 row(s) have problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::AckUploadController</name>
    <message numerus="yes">
        <source>%n ACK(s) read from %1 file(s): </source>
        <translation>
            <numerusform>%n ACK read from %1 file(s): </numerusform>
            <numerusform>%n ACKs read from %1 file(s): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) without an ACK: </source>
        <translation>
            <numerusform>%n device without an ACK: </numerusform>
            <numerusform>%n devices without an ACK: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing ACKs into %n device(s)</source>
        <translation>
            <numerusform>Importing ACKs into %n device</numerusform>
            <numerusform>Importing ACKs into %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n ACK file(s)</source>
        <translation>
            <numerusform>Importing %n ACK file</numerusform>
            <numerusform>Importing %n ACK files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::CsvImportReportDialog</name>
    <message numerus="yes">
        <source>%1: %n row(s) have problems, so nothing was imported. Fix the file and import it again, or import only the good rows.</source>
        <translation>
            <numerusform>%1: %n row has problems, so nothing was imported. Fix the file and import it again, or import only the good rows.</numerusform>
            <numerusform>%1: %n rows have problems, so nothing was imported. Fix the file and import it again, or import only the good rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Import the good row</numerusform>
            <numerusform>Import the %n good rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::CsvInventoryController</name>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>Imported %n device from %1.</numerusform>
            <numerusform>Imported %n devices from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n bad row left out.</numerusform>
            <numerusform>%n bad rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem found.</numerusform>
            <numerusform>%1 was not imported: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DashboardView</name>
    <message numerus="yes">
        <source>All %n device(s) are in order.</source>
        <translation>
            <numerusform>The device is in order.</numerusform>
            <numerusform>All %n devices are in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) need attention.</source>
        <translation>
            <numerusform>%1 of %n device needs attention.</numerusform>
            <numerusform>%1 of %n devices need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceActionController</name>
    <message numerus="yes">
        <source>Refreshing %n device(s)</source>
        <translation>
            <numerusform>Refreshing %n device</numerusform>
            <numerusform>Refreshing %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collecting usage on %n device(s)</source>
        <translation>
            <numerusform>Collecting usage on %n device</numerusform>
            <numerusform>Collecting usage on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the usage of %n device(s) into %1</source>
        <translation>
            <numerusform>Writing the usage of %n device into %1</numerusform>
            <numerusform>Writing the usage of %n devices into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the usage of %n device(s) to CSSM</source>
        <translation>
            <numerusform>Sending the usage of %n device to CSSM</numerusform>
            <numerusform>Sending the usage of %n devices to CSSM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Establishing trust on %n device(s)</source>
        <translation>
            <numerusform>Establishing trust on %n device</numerusform>
            <numerusform>Establishing trust on %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Configuring the transport of %n device(s): %1</source>
        <translation>
            <numerusform>Configuring the transport of %n device: %1</numerusform>
            <numerusform>Configuring the transport of %n devices: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return the installed reservation of %n device(s)? The licenses stop being reserved on the router; the return code is shown in the job&apos;s steps%1.</source>
        <translation>
            <numerusform>Return the installed reservation of %n device? The licenses stop being reserved on the router; the return code is shown in the job&apos;s steps%1.</numerusform>
            <numerusform>Return the installed reservation of %n devices? The licenses stop being reserved on the router; the return code is shown in the job&apos;s steps%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returning the reservation of %n device(s)</source>
        <translation>
            <numerusform>Returning the reservation of %n device</numerusform>
            <numerusform>Returning the reservation of %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceDetailPane</name>
    <message numerus="yes">
        <source>%n line(s) of router output could not be read (see Raw Output).</source>
        <translation>
            <numerusform>%n line of router output could not be read (see Raw Output).</numerusform>
            <numerusform>%n lines of router output could not be read (see Raw Output).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DevicesView</name>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n device(s)</source>
        <translation>
            <numerusform>Showing %1 of %n device</numerusform>
            <numerusform>Showing %1 of %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DisplayText</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DropImportController</name>
    <message numerus="yes">
        <source>Reading %n file(s)...</source>
        <translation>
            <numerusform>Reading %n file...</numerusform>
            <numerusform>Reading %n files...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DropImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) recognised. Check where each goes, then import.</source>
        <translation>
            <numerusform>%n file recognised. Check where it goes, then import.</numerusform>
            <numerusform>%n files recognised. Check where each goes, then import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) can be imported; the list says why for each.</source>
        <translation>
            <numerusform>The file cannot be imported; the list says why.</numerusform>
            <numerusform>None of the %n files can be imported; the list says why for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) can be imported; %n cannot (the list says why).</source>
        <translation>
            <numerusform>%1 file(s) can be imported; %n cannot (the list says why).</numerusform>
            <numerusform>%1 file(s) can be imported; %n cannot (the list says why).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DueTimelineWidget</name>
    <message numerus="yes">
        <source>Overdue: %n device(s)</source>
        <translation>
            <numerusform>Overdue: %n device</numerusform>
            <numerusform>Overdue: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) due</source>
        <translation>
            <numerusform>%1: %n device due</numerusform>
            <numerusform>%1: %n devices due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n later</numerusform>
            <numerusform>%n later</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::HostKeyQuestionDialog</name>
    <message numerus="yes">
        <source>%n more router(s) of this job wait with a new host key:</source>
        <translation>
            <numerusform>%n more router of this job waits with a new host key:</numerusform>
            <numerusform>%n more routers of this job wait with a new host key:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::JobsView</name>
    <message numerus="yes">
        <source>%n job(s) running.</source>
        <translation>
            <numerusform>%n job running.</numerusform>
            <numerusform>%n jobs running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::KnownHostsPage</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n key(s) of %1.</source>
        <translation>
            <numerusform>Forgot %n key of %1.</numerusform>
            <numerusform>Forgot %n keys of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n interrupted job(s) can be resumed in the Jobs view.</source>
        <translation>
            <numerusform>%n interrupted job can be resumed in the Jobs view.</numerusform>
            <numerusform>%n interrupted jobs can be resumed in the Jobs view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) and their snapshot history from the inventory?
%1</source>
        <translation>
            <numerusform>Remove %n device and its snapshot history from the inventory?
%1</numerusform>
            <numerusform>Remove %n devices and their snapshot history from the inventory?
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s).</source>
        <translation>
            <numerusform>Removed %n device.</numerusform>
            <numerusform>Removed %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit anyway? They are cancelled and can be resumed the next time.</source>
        <translation>
            <numerusform>%n job is still running. Quit anyway? It is cancelled and can be resumed the next time.</numerusform>
            <numerusform>%n jobs are still running. Quit anyway? They are cancelled and can be resumed the next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Connected to %1: token received, %n license(s) in the virtual account.</source>
        <translation>
            <numerusform>Connected to %1: token received, %n license in the virtual account.</numerusform>
            <numerusform>Connected to %1: token received, %n licenses in the virtual account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrAuthorizationPage</name>
    <message numerus="yes">
        <source>from %1: %n license(s)</source>
        <translation>
            <numerusform>from %1: %n license</numerusform>
            <numerusform>from %1: %n licenses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrDevicesPage</name>
    <message numerus="yes">
        <source>%n device(s) chosen.</source>
        <translation>
            <numerusform>%n device chosen.</numerusform>
            <numerusform>%n devices chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrPrecheckPage</name>
    <message numerus="yes">
        <source>All %n device(s) passed the checks.</source>
        <translation>
            <numerusform>The device passed the checks.</numerusform>
            <numerusform>All %n devices passed the checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) passed the checks; the others need a successful refresh first.</source>
        <translation>
            <numerusform>%1 of %n device passed the checks; the others need a successful refresh first.</numerusform>
            <numerusform>%1 of %n devices passed the checks; the others need a successful refresh first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrRequestPage</name>
    <message numerus="yes">
        <source>%1 of %n device(s) have a request code from their last refresh. The others need `license smart reservation request local` first.</source>
        <translation>
            <numerusform>%1 of %n device has a request code from its last refresh. The others need `license smart reservation request local` first.</numerusform>
            <numerusform>%1 of %n devices have a request code from their last refresh. The others need `license smart reservation request local` first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrSession</name>
    <message numerus="yes">
        <source>%1: authorization code for %2 matched to %3 (%n license(s)).</source>
        <translation>
            <numerusform>%1: authorization code for %2 matched to %3 (%n license).</numerusform>
            <numerusform>%1: authorization code for %2 matched to %3 (%n licenses).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SnapshotFacts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::TransportDialog</name>
    <message numerus="yes">
        <source>Applies to %n device(s) in one configuration session each; a device whose state does not match afterwards is rolled back.</source>
        <translation>
            <numerusform>Applies to %n device in one configuration session each; a device whose state does not match afterwards is rolled back.</numerusform>
            <numerusform>Applies to %n devices in one configuration session each; a device whose state does not match afterwards is rolled back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>%1 succeeded on %n device(s).</source>
        <translation>
            <numerusform>%1 succeeded on %n device.</numerusform>
            <numerusform>%1 succeeded on %n devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) are overdue or due within 30 days.</source>
        <translation>
            <numerusform>%n device is overdue or due within 30 days.</numerusform>
            <numerusform>%n devices are overdue or due within 30 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::TrustDialog</name>
    <message numerus="yes">
        <source>Install a trust code on %n device(s). The router&apos;s clock is checked first; the token is kept in the secret store only.</source>
        <translation>
            <numerusform>Install a trust code on %n device. The router&apos;s clock is checked first; the token is kept in the secret store only.</numerusform>
            <numerusform>Install a trust code on %n devices. The router&apos;s clock is checked first; the token is kept in the secret store only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slpconsole</name>
    <message numerus="yes">
        <source>Demo lab: %n router(s) ready; refreshing them...</source>
        <translation>
            <numerusform>Demo lab: %n router ready; refreshing it...</numerusform>
            <numerusform>Demo lab: %n routers ready; refreshing them...</numerusform>
        </translation>
    </message>
</context>
</TS>

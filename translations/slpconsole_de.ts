<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>slp::AuditTable</name>
    <message>
        <source>An audit entry needs an action and an outcome.</source>
        <translation>Ein Prüfprotokoll-Eintrag braucht eine Aktion und ein Ergebnis.</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Das Prüfprotokoll wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot write the audit log about device %1: there is no such device.</source>
        <translation>Das Prüfprotokoll zu Gerät %1 kann nicht geschrieben werden: Dieses Gerät gibt es nicht.</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Prüfprotokoll wird gelesen</translation>
    </message>
</context>
<context>
    <name>slp::CredentialProfileTable</name>
    <message>
        <source>Credential profile &quot;%1&quot; is not valid: %2</source>
        <translation>Zugangsprofil „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>A credential profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Zugangsprofil namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Adding credential profile &quot;%1&quot;</source>
        <translation>Zugangsprofil „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>Updating credential profile &quot;%1&quot;</source>
        <translation>Zugangsprofil „%1“ wird aktualisiert</translation>
    </message>
    <message>
        <source>Checking who uses a credential profile</source>
        <translation>Es wird geprüft, wer ein Zugangsprofil nutzt</translation>
    </message>
    <message numerus="yes">
        <source>Credential profile &quot;%1&quot; is used by %n device(s) (e.g. &quot;%2&quot;); assign them another profile first.</source>
        <translation>
            <numerusform>Zugangsprofil „%1“ wird von %n Gerät verwendet („%2“); weisen Sie ihm zuerst ein anderes Profil zu.</numerusform>
            <numerusform>Zugangsprofil „%1“ wird von %n Geräten verwendet (z. B. „%2“); weisen Sie ihnen zuerst ein anderes Profil zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing credential profile &quot;%1&quot;</source>
        <translation>Zugangsprofil „%1“ wird entfernt</translation>
    </message>
    <message>
        <source>Reading a credential profile</source>
        <translation>Ein Zugangsprofil wird gelesen</translation>
    </message>
    <message>
        <source>There is no credential profile with id %1.</source>
        <translation>Es gibt kein Zugangsprofil mit der Kennung %1.</translation>
    </message>
    <message>
        <source>There is no credential profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Zugangsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Listing credential profiles</source>
        <translation>Zugangsprofile werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>slp::CssmSettingsStore</name>
    <message>
        <source>No CSSM is configured: set the endpoint and account with `slpctl cssm configure --base-url URL --token-url URL --client-id ID --client-secret-stdin ...` (or Settings &gt; CSSM in the console).</source>
        <translation>Kein CSSM eingerichtet: Endpunkt und Konto mit `slpctl cssm configure --base-url URL --token-url URL --client-id ID --client-secret-stdin ...` festlegen (oder in der Konsole unter Einstellungen &gt; CSSM).</translation>
    </message>
</context>
<context>
    <name>slp::CsvReader</name>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <source>a quote inside unquoted field %1 (quote the whole field and write &quot;&quot; for a quote)</source>
        <translation>ein Anführungszeichen im nicht zitierten Feld %1 (zitieren Sie das ganze Feld und schreiben Sie &quot;&quot; für ein Anführungszeichen)</translation>
    </message>
    <message>
        <source>a quoted field that never ends (missing closing quote)</source>
        <translation>ein zitiertes Feld, das nie endet (schließendes Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>slp::DeviceCodeTable</name>
    <message>
        <source>An SLR code needs a device and the code itself.</source>
        <translation>Ein SLR-Code braucht ein Gerät und den Code selbst.</translation>
    </message>
    <message>
        <source>Keeping the SLR %1 code</source>
        <translation>SLR-Code (%1) wird gespeichert</translation>
    </message>
    <message>
        <source>Reading the SLR codes</source>
        <translation>SLR-Codes werden gelesen</translation>
    </message>
</context>
<context>
    <name>slp::DeviceCsv</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>there is no credential profile named &quot;%1&quot;</source>
        <translation>es gibt kein Zugangsprofil namens „%1“</translation>
    </message>
    <message>
        <source>The CSV file is larger than %1 MiB; split it.</source>
        <translation>Die CSV-Datei ist größer als %1 MiB; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header line</source>
        <translation>die Datei ist leer; sie braucht die Kopfzeile</translation>
    </message>
    <message>
        <source>The CSV file has no header line; nothing was imported.</source>
        <translation>Die CSV-Datei hat keine Kopfzeile; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the header must be exactly: %1</source>
        <translation>die Kopfzeile muss genau so lauten: %1</translation>
    </message>
    <message>
        <source>The CSV header is not &quot;%1&quot;; nothing was imported.</source>
        <translation>Die CSV-Kopfzeile ist nicht „%1“; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>has %1 fields; expected %2 (%3)</source>
        <translation>hat %1 Felder; erwartet %2 (%3)</translation>
    </message>
    <message>
        <source>a device named &quot;%1&quot; already exists</source>
        <translation>ein Gerät namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also on line %2</source>
        <translation>„%1“ steht auch in Zeile %2</translation>
    </message>
    <message>
        <source>%1 already belongs to device &quot;%2&quot;</source>
        <translation>%1 gehört bereits zum Gerät „%2“</translation>
    </message>
    <message>
        <source>%1 is also on line %2</source>
        <translation>%1 steht auch in Zeile %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 row(s) have problems; nothing was imported.</source>
        <translation>
            <numerusform>%n von %1 Zeile(n) hat Probleme; nichts wurde importiert.</numerusform>
            <numerusform>%n von %1 Zeile(n) haben Probleme; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 could not be stored (%2); nothing was imported.</source>
        <translation>Zeile %1 konnte nicht gespeichert werden (%2); nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>slp::DeviceTable</name>
    <message>
        <source>Device &quot;%1&quot; is not valid: %2</source>
        <translation>Gerät „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Device &quot;%1&quot;: %2</source>
        <translation>Gerät „%1“: %2</translation>
    </message>
    <message>
        <source>Checking for duplicate devices</source>
        <translation>Doppelte Geräte werden gesucht</translation>
    </message>
    <message>
        <source>A device named &quot;%1&quot; already exists.</source>
        <translation>Ein Gerät namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 already belongs to device &quot;%2&quot;.</source>
        <translation>%1 gehört bereits zum Gerät „%2“.</translation>
    </message>
    <message>
        <source>Adding device &quot;%1&quot;</source>
        <translation>Gerät „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>Updating device &quot;%1&quot;</source>
        <translation>Gerät „%1“ wird aktualisiert</translation>
    </message>
    <message>
        <source>Removing device %1</source>
        <translation>Gerät %1 wird entfernt</translation>
    </message>
    <message>
        <source>Reading the change count</source>
        <translation>Die Zahl der Änderungen wird gelesen</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Reading a device</source>
        <translation>Ein Gerät wird gelesen</translation>
    </message>
    <message>
        <source>There is no device named &quot;%1&quot;.</source>
        <translation>Es gibt kein Gerät namens „%1“.</translation>
    </message>
    <message>
        <source>Listing devices</source>
        <translation>Geräte werden aufgelistet</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Recording the failure of device %1</source>
        <translation>Der Fehler von Gerät %1 wird festgehalten</translation>
    </message>
    <message>
        <source>Recording the host key of device %1</source>
        <translation>Der Host-Schlüssel von Gerät %1 wird festgehalten</translation>
    </message>
</context>
<context>
    <name>slp::DeviceValidator</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with a letter or digit</source>
        <translation>„%1“ muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %2; use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>„%1“ enthält %2; erlaubt sind Buchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a DNS name (it contains %2)</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein DNS-Name (enthält %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name (label &quot;%2&quot;)</source>
        <translation>„%1“ ist kein gültiger DNS-Name (Teil „%2“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>„%1“ ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>%1 is out of range (1-65535)</source>
        <translation>%1 liegt außerhalb des Bereichs (1–65535)</translation>
    </message>
    <message>
        <source>is longer than 64 characters</source>
        <translation>ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start with &apos;-&apos;</source>
        <translation>„%1“ darf nicht mit „-“ beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains %2; use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos;, &apos;\&apos; and &apos;-&apos;</source>
        <translation>„%1“ enthält %2; erlaubt sind Buchstaben, Ziffern, „.“, „_“, „@“, „\“ und „-“</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is longer than 64 characters</source>
        <translation>Tag „%1“ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; must not start with &apos;=&apos;, &apos;+&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>Tag „%1“ darf nicht mit „=“, „+“, „-“ oder „@“ beginnen</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; contains %2; use letters, digits, spaces and . _ : / + -</source>
        <translation>Tag „%1“ enthält %2; erlaubt sind Buchstaben, Ziffern, Leerzeichen und . _ : / + -</translation>
    </message>
    <message>
        <source>is empty and no credential profile is given; one of them must say who logs in</source>
        <translation>ist leer und kein Zugangsprofil ist angegeben; eines von beiden muss sagen, wer sich anmeldet</translation>
    </message>
    <message>
        <source>%1 tags; at most %2 are allowed</source>
        <translation>%1 Tags; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>is longer than 128 characters</source>
        <translation>ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start with &apos;=&apos;, &apos;+&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>„%1“ darf nicht mit „=“, „+“, „-“ oder „@“ beginnen</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is not a fingerprint such as SHA256:...</source>
        <translation>ist kein Fingerabdruck wie SHA256:…</translation>
    </message>
    <message>
        <source>is needed for public-key authentication</source>
        <translation>wird für die Anmeldung mit öffentlichem Schlüssel gebraucht</translation>
    </message>
    <message>
        <source>is only used with public-key authentication</source>
        <translation>wird nur bei Anmeldung mit öffentlichem Schlüssel verwendet</translation>
    </message>
</context>
<context>
    <name>slp::EncryptedFileSecretStore</name>
    <message>
        <source>encrypted file %1</source>
        <translation>verschlüsselte Datei %1</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>its content is not in a format this version understands</source>
        <translation>ihr Inhalt ist in einem Format, das diese Version nicht versteht</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2. The previous file was left as it was.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2. Die bisherige Datei blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Cannot open the secrets file %1: %2. The file was left untouched.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geöffnet werden: %2. Die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>slp::InMemorySecretStore</name>
    <message>
        <source>memory (not persisted)</source>
        <translation>Arbeitsspeicher (nicht dauerhaft)</translation>
    </message>
</context>
<context>
    <name>slp::JobTable</name>
    <message>
        <source>A job needs a kind.</source>
        <translation>Ein Job braucht eine Art.</translation>
    </message>
    <message>
        <source>Creating a %1 job</source>
        <translation>Ein Job „%1“ wird angelegt</translation>
    </message>
    <message>
        <source>Reading the change count</source>
        <translation>Die Zahl der Änderungen wird gelesen</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>Es gibt keinen Job mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Updating job %1</source>
        <translation>Job %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>A job step needs a name.</source>
        <translation>Ein Job-Schritt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Recording step &quot;%1&quot; of job %2</source>
        <translation>Schritt „%1“ von Job %2 wird festgehalten</translation>
    </message>
    <message>
        <source>%1: job %2 or device %3 does not exist.</source>
        <translation>%1: Job %2 oder Gerät %3 existiert nicht.</translation>
    </message>
    <message>
        <source>Reading jobs</source>
        <translation>Jobs werden gelesen</translation>
    </message>
    <message>
        <source>Reading the steps of job %1</source>
        <translation>Die Schritte von Job %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>slp::KeychainSecretStore</name>
    <message>
        <source>OS keychain (service &quot;%1&quot;)</source>
        <translation>Schlüsselbund des Betriebssystems (Dienst „%1“)</translation>
    </message>
</context>
<context>
    <name>slp::LibraryFileTable</name>
    <message>
        <source>A library file needs a name, a path and a sha256 (got &quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>Eine Bibliotheksdatei braucht einen Namen, einen Pfad und einen SHA-256 (erhalten: „%1“, „%2“).</translation>
    </message>
    <message>
        <source>Adding %1 to the report library</source>
        <translation>%1 wird der Berichtsbibliothek hinzugefügt</translation>
    </message>
    <message>
        <source>There is no library file with id %1.</source>
        <translation>Es gibt keine Bibliotheksdatei mit der ID %1.</translation>
    </message>
    <message>
        <source>The library has no %1 file with sha256 %2.</source>
        <translation>Die Bibliothek hat keine %1-Datei mit SHA-256 %2.</translation>
    </message>
    <message>
        <source>Reading the report library</source>
        <translation>Die Berichtsbibliothek wird gelesen</translation>
    </message>
    <message>
        <source>Reading the change count</source>
        <translation>Der Änderungszähler wird gelesen</translation>
    </message>
    <message>
        <source>Updating library file %1</source>
        <translation>Bibliotheksdatei %1 wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>slp::ReportLibrary</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the library file %1: %2</source>
        <translation>Die Bibliotheksdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Library file %1 (%2, %3) cannot be read from %4: %5</source>
        <translation>Bibliotheksdatei %1 (%2, %3) kann nicht aus %4 gelesen werden: %5</translation>
    </message>
    <message>
        <source>Library file %1 (%2, %3) was changed on disk and is not used: %4 has sha256 %5, the library recorded %6.</source>
        <translation>Bibliotheksdatei %1 (%2, %3) wurde auf der Platte verändert und wird nicht verwendet: %4 hat SHA-256 %5, die Bibliothek hat %6 gespeichert.</translation>
    </message>
</context>
<context>
    <name>slp::SecretFileCipher</name>
    <message>
        <source>it is not an SLP Console secrets file (unknown header)</source>
        <translation>sie ist keine Geheimnisdatei der SLP Console (unbekannter Kopf)</translation>
    </message>
    <message>
        <source>its key derivation parameters are not supported (KDF %1, log2 N %2, r %3, p %4)</source>
        <translation>ihre Parameter der Schlüsselableitung werden nicht unterstützt (KDF %1, log2 N %2, r %3, p %4)</translation>
    </message>
    <message>
        <source>the master password is empty</source>
        <translation>das Master-Passwort ist leer</translation>
    </message>
    <message>
        <source>deriving the key from the master password failed (scrypt)</source>
        <translation>die Ableitung des Schlüssels aus dem Master-Passwort ist fehlgeschlagen (scrypt)</translation>
    </message>
    <message>
        <source>the system random generator failed</source>
        <translation>der Zufallsgenerator des Systems ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>encrypting the secrets failed (AES-GCM)</source>
        <translation>die Verschlüsselung der Geheimnisse ist fehlgeschlagen (AES-GCM)</translation>
    </message>
    <message>
        <source>the master password is wrong</source>
        <translation>das Master-Passwort ist falsch</translation>
    </message>
    <message>
        <source>it was modified or damaged (authentication failed)</source>
        <translation>sie wurde verändert oder beschädigt (Authentifizierung fehlgeschlagen)</translation>
    </message>
</context>
<context>
    <name>slp::SecretStore</name>
    <message>
        <source>No OS keychain is available (%1). On a server without a keyring, use the encrypted secrets file with a master password (SLP_MASTER_PASSWORD).</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (%1). Auf einem Server ohne Schlüsselbund verwenden Sie die verschlüsselte Geheimnisdatei mit einem Master-Passwort (SLP_MASTER_PASSWORD).</translation>
    </message>
    <message>
        <source>The OS keychain refused access to &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund des Betriebssystems verweigerte den Zugriff auf „%1“: %2</translation>
    </message>
    <message>
        <source>The OS keychain failed for &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund des Betriebssystems ist für „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The secret reference is empty.</source>
        <translation>Der Geheimnisverweis ist leer.</translation>
    </message>
    <message>
        <source>The secret reference is longer than %1 characters.</source>
        <translation>Der Geheimnisverweis ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The secret reference &quot;%1&quot; contains &apos;%2&apos;; use letters, digits and . _ - / : @ only.</source>
        <translation>Der Geheimnisverweis „%1“ enthält „%2“; erlaubt sind nur Buchstaben, Ziffern und . _ - / : @.</translation>
    </message>
    <message>
        <source>The secret store was closed before the operation finished.</source>
        <translation>Der Geheimnisspeicher wurde geschlossen, bevor der Vorgang fertig war.</translation>
    </message>
    <message>
        <source>Refusing to store an empty secret for &quot;%1&quot;; remove it instead.</source>
        <translation>Ein leeres Geheimnis für „%1“ wird nicht gespeichert; entfernen Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>slp::SettingsTable</name>
    <message>
        <source>Reading the settings</source>
        <translation>Die Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Removing the setting %1</source>
        <translation>Die Einstellung %1 wird entfernt</translation>
    </message>
    <message>
        <source>Writing the setting %1</source>
        <translation>Die Einstellung %1 wird geschrieben</translation>
    </message>
</context>
<context>
    <name>slp::SnapshotTable</name>
    <message>
        <source>Looking up device %1</source>
        <translation>Gerät %1 wird gesucht</translation>
    </message>
    <message>
        <source>Cannot store a snapshot for device %1: there is no such device.</source>
        <translation>Für Gerät %1 kann kein Schnappschuss gespeichert werden: Dieses Gerät gibt es nicht.</translation>
    </message>
    <message>
        <source>Storing a snapshot of device %1</source>
        <translation>Ein Schnappschuss von Gerät %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Storing license usage &quot;%1&quot;</source>
        <translation>Lizenznutzung „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Storing the output of &quot;%1&quot;</source>
        <translation>Die Ausgabe von „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Reading snapshot %1</source>
        <translation>Schnappschuss %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no snapshot with id %1.</source>
        <translation>Es gibt keinen Schnappschuss mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Reading license usage</source>
        <translation>Lizenznutzung wird gelesen</translation>
    </message>
    <message>
        <source>Reading raw outputs</source>
        <translation>Rohausgaben werden gelesen</translation>
    </message>
    <message>
        <source>Reading device %1</source>
        <translation>Gerät %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no device with id %1.</source>
        <translation>Es gibt kein Gerät mit der Kennung %1.</translation>
    </message>
    <message>
        <source>Device %1 has no snapshot yet.</source>
        <translation>Gerät %1 hat noch keinen Schnappschuss.</translation>
    </message>
    <message>
        <source>Reading the snapshot history of device %1</source>
        <translation>Der Schnappschuss-Verlauf von Gerät %1 wird gelesen</translation>
    </message>
    <message>
        <source>Pruning old snapshots</source>
        <translation>Alte Schnappschüsse werden entfernt</translation>
    </message>
</context>
<context>
    <name>slp::Store</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Checking integrity</source>
        <translation>Integrität wird geprüft</translation>
    </message>
    <message>
        <source>Checking foreign keys</source>
        <translation>Fremdschlüssel werden geprüft</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
</context>
<context>
    <name>slp::StoreDatabase</name>
    <message>
        <source>%1 is not a file; give the path of a database file.</source>
        <translation>%1 ist keine Datei; geben Sie den Pfad einer Datenbankdatei an.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Die Schemaversion wird gelesen</translation>
    </message>
    <message>
        <source>%1 is not an SLP Console database (%2).</source>
        <translation>%1 ist keine SLP-Console-Datenbank (%2).</translation>
    </message>
    <message>
        <source>Reading the application id</source>
        <translation>Die Anwendungskennung wird gelesen</translation>
    </message>
    <message>
        <source>%1 belongs to another application (SQLite application_id 0x%2); it was not changed.</source>
        <translation>%1 gehört zu einer anderen Anwendung (SQLite application_id 0x%2); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer SLP Console (schema version %2; this version knows up to %3). It was not changed: use a newer SLP Console, or another database file.</source>
        <translation>%1 wurde von einer neueren SLP Console geschrieben (Schemaversion %2; diese Version kennt bis %3). Die Datei wurde nicht verändert: Verwenden Sie eine neuere SLP Console oder eine andere Datenbankdatei.</translation>
    </message>
    <message>
        <source>Reading the schema</source>
        <translation>Das Schema wird gelesen</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application (it has tables but no SLP Console schema version); it was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung (Tabellen, aber keine SLP-Console-Schemaversion); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Switching to WAL journaling</source>
        <translation>Umstellung auf WAL-Journal</translation>
    </message>
    <message>
        <source>Configuring the database (%1)</source>
        <translation>Die Datenbank wird eingerichtet (%1)</translation>
    </message>
    <message>
        <source>Backing up the database to %1</source>
        <translation>Die Datenbank wird nach %1 gesichert</translation>
    </message>
    <message>
        <source>Migrating %1 to schema version %2 (%3)</source>
        <translation>%1 wird auf Schemaversion %2 migriert (%3)</translation>
    </message>
    <message>
        <source>%1. The database was left at schema version %2.</source>
        <translation>%1. Die Datenbank bleibt auf Schemaversion %2.</translation>
    </message>
</context>
<context>
    <name>slp::StoreSession</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>slp::StoreWorker</name>
    <message>
        <source>Starting a transaction</source>
        <translation>Eine Transaktion wird begonnen</translation>
    </message>
    <message>
        <source>Writing to the database</source>
        <translation>Es wird in die Datenbank geschrieben</translation>
    </message>
    <message>
        <source>Committing a transaction</source>
        <translation>Eine Transaktion wird abgeschlossen</translation>
    </message>
    <message>
        <source>Rolling back a transaction</source>
        <translation>Eine Transaktion wird zurückgerollt</translation>
    </message>
</context>
<context>
    <name>slp::ui::AboutDialog</name>
    <message>
        <source>About SLP Console</source>
        <translation>Über SLP Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SLP Console %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SLP Console %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>License management for Cisco IOS XR routers under Smart Licensing Using Policy.</source>
        <translation>Lizenzverwaltung für Cisco-IOS-XR-Router unter Smart Licensing Using Policy.</translation>
    </message>
    <message>
        <source>Qt %1
libssh %2
%3</source>
        <translation>Qt %1
libssh %2
%3</translation>
    </message>
</context>
<context>
    <name>slp::ui::AckUploadController</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n ACK(s) read from %1 file(s): </source>
        <translation>
            <numerusform>%n ACK aus %1 Datei(en) gelesen: </numerusform>
            <numerusform>%n ACKs aus %1 Datei(en) gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matched to a device, %2 unmatched, %3 refused.</source>
        <translation>%1 einem Gerät zugeordnet, %2 nicht zugeordnet, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not matched: %1 (UDI %2 is no device of the inventory; refresh or add it)</source>
        <translation>Nicht zugeordnet: %1 (UDI %2 gehört zu keinem Gerät des Inventars; aktualisieren oder hinzufügen)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) without an ACK: </source>
        <translation>
            <numerusform>%n Gerät ohne ACK: </numerusform>
            <numerusform>%n Geräte ohne ACK: </numerusform>
        </translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Upload from Cisco</source>
        <translation>Von Cisco hochladen</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>Nothing to import.
%1</source>
        <translation>Nichts zu importieren.
%1</translation>
    </message>
    <message>
        <source>Import the matched ACKs into their devices now?</source>
        <translation>Die zugeordneten ACKs jetzt in ihre Geräte importieren?</translation>
    </message>
    <message numerus="yes">
        <source>Importing ACKs into %n device(s)</source>
        <translation>
            <numerusform>ACKs werden in %n Gerät importiert</numerusform>
            <numerusform>ACKs werden in %n Geräte importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be kept in the report library: %2</source>
        <translation>%1 konnte nicht in der Berichtsbibliothek abgelegt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n ACK file(s)</source>
        <translation>
            <numerusform>%n ACK-Datei wird importiert</numerusform>
            <numerusform>%n ACK-Dateien werden importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::AsyncFile</name>
    <message>
        <source>%1: the file does not exist.</source>
        <translation>%1: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a file.</source>
        <translation>%1: Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 bytes; at most %3 are read).</source>
        <translation>%1: Die Datei ist zu groß (%2 Bytes; höchstens %3 werden gelesen).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large (at most %2 bytes are read).</source>
        <translation>%1: Die Datei ist zu groß (höchstens %2 Bytes werden gelesen).</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>slp::ui::AttentionModel</name>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Report overdue since %1 (%2), %3</source>
        <translation>Bericht überfällig seit %1 (%2), %3</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>Bericht überfällig</translation>
    </message>
    <message>
        <source>Report due %1 (%2), %3</source>
        <translation>Bericht fällig %1 (%2), %3</translation>
    </message>
    <message>
        <source>Report due soon</source>
        <translation>Bericht bald fällig</translation>
    </message>
    <message>
        <source>No trust code installed; first report due %1</source>
        <translation>Kein Vertrauenscode installiert; erster Bericht fällig %1</translation>
    </message>
    <message>
        <source>No trust code installed</source>
        <translation>Kein Vertrauenscode installiert</translation>
    </message>
    <message>
        <source>A license is out of compliance: check the license usage</source>
        <translation>Eine Lizenz ist nicht konform: Prüfen Sie die Lizenznutzung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>slp::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>slp::ui::AuditView</name>
    <message>
        <source>Filter by device, action, command, outcome...</source>
        <translation>Nach Gerät, Aktion, Befehl, Ergebnis filtern …</translation>
    </message>
</context>
<context>
    <name>slp::ui::ComplianceStyle</name>
    <message>
        <source>Not refreshed</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>SLR installed</source>
        <translation>SLR installiert</translation>
    </message>
    <message>
        <source>Smart Licensing (legacy)</source>
        <translation>Smart Licensing (alt)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Nie gemeldet</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>No trust</source>
        <translation>Kein Vertrauen</translation>
    </message>
    <message>
        <source>Out of compliance</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>The console has not read this device yet. Refresh it.</source>
        <translation>Die Konsole hat dieses Gerät noch nicht gelesen. Aktualisieren Sie es.</translation>
    </message>
    <message>
        <source>Usage is reported and acknowledged; nothing to do before the next due date.</source>
        <translation>Die Nutzung ist gemeldet und bestätigt; bis zur nächsten Fälligkeit ist nichts zu tun.</translation>
    </message>
    <message>
        <source>A Specific License Reservation is installed: the device needs no usage reporting.</source>
        <translation>Eine Specific License Reservation ist installiert: Das Gerät muss keine Nutzung melden.</translation>
    </message>
    <message>
        <source>The device runs classic Smart Licensing (IOS XR 7.x): deadlines come from its registration.</source>
        <translation>Das Gerät nutzt klassisches Smart Licensing (IOS XR 7.x): Fristen ergeben sich aus seiner Registrierung.</translation>
    </message>
    <message>
        <source>Licenses are in use but not acknowledged yet: collect usage and send it to CSSM.</source>
        <translation>Lizenzen sind in Gebrauch, aber noch nicht bestätigt: Nutzung sammeln und an CSSM senden.</translation>
    </message>
    <message>
        <source>The device never received an ACK. Report its usage before the first report is due.</source>
        <translation>Das Gerät hat nie ein ACK erhalten. Melden Sie seine Nutzung, bevor der erste Bericht fällig ist.</translation>
    </message>
    <message>
        <source>The next usage report is due within 30 days: collect usage and send it to CSSM.</source>
        <translation>Der nächste Nutzungsbericht ist innerhalb von 30 Tagen fällig: Nutzung sammeln und an CSSM senden.</translation>
    </message>
    <message>
        <source>No trust code is installed: establish trust with an ID token.</source>
        <translation>Kein Vertrauenscode installiert: Stellen Sie mit einem ID-Token Vertrauen her.</translation>
    </message>
    <message>
        <source>A license is out of compliance: check its license usage and the Smart Account.</source>
        <translation>Eine Lizenz ist nicht konform: Prüfen Sie die Lizenznutzung und den Smart Account.</translation>
    </message>
    <message>
        <source>The usage report is overdue: collect usage and send it to CSSM now.</source>
        <translation>Der Nutzungsbericht ist überfällig: Jetzt Nutzung sammeln und an CSSM senden.</translation>
    </message>
    <message>
        <source>The last refresh failed: the state shown is the last one known. Check the error.</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: Der gezeigte Zustand ist der zuletzt bekannte. Prüfen Sie den Fehler.</translation>
    </message>
    <message>
        <source>first report</source>
        <translation>erster Bericht</translation>
    </message>
    <message>
        <source>periodic report</source>
        <translation>regelmäßiger Bericht</translation>
    </message>
    <message>
        <source>report after a usage change</source>
        <translation>Bericht nach einer Nutzungsänderung</translation>
    </message>
    <message>
        <source>the router&apos;s ACK deadline</source>
        <translation>die ACK-Frist des Routers</translation>
    </message>
    <message>
        <source>trust within 90 days of first use</source>
        <translation>Vertrauen innerhalb von 90 Tagen nach Erstnutzung</translation>
    </message>
    <message>
        <source>SIA grace period ends</source>
        <translation>SIA-Kulanzfrist endet</translation>
    </message>
    <message>
        <source>Smart Licensing registration renewal</source>
        <translation>Erneuerung der Smart-Licensing-Registrierung</translation>
    </message>
</context>
<context>
    <name>slp::ui::CredentialProfileDialog</name>
    <message>
        <source>Add Credential Profile</source>
        <translation>Zugangsprofil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Credential Profile %1</source>
        <translation>Zugangsprofil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keyboard-interactive</source>
        <translation>Keyboard-interactive</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>/home/admin/.ssh/id_ed25519</source>
        <translation>/home/admin/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Password / passphrase:</source>
        <translation>&amp;Passwort / Passphrase:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Private &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Secrets are kept in: %1</source>
        <translation>Geheimnisse liegen in: %1</translation>
    </message>
    <message>
        <source>Enter the password: the profile cannot log in without it.</source>
        <translation>Geben Sie das Passwort ein: Ohne es kann sich das Profil nicht anmelden.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>slp::ui::CredentialsPage</name>
    <message>
        <source>Devices log in with a credential profile. Passwords and passphrases are kept in %1, never in the database.</source>
        <translation>Geräte melden sich mit einem Zugangsprofil an. Passwörter und Passphrasen liegen in %1, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove Credential Profile</source>
        <translation>Zugangsprofil entfernen</translation>
    </message>
    <message>
        <source>Remove the credential profile %1 and its stored secret?</source>
        <translation>Das Zugangsprofil %1 und sein gespeichertes Geheimnis entfernen?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>slp::ui::CsvImportReportDialog</name>
    <message>
        <source>Inventory CSV Not Imported</source>
        <translation>Inventar-CSV nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) have problems, so nothing was imported. Fix the file and import it again, or import only the good rows.</source>
        <translation>
            <numerusform>%1: %n Zeile hat Probleme, daher wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die guten Zeilen.</numerusform>
            <numerusform>%1: %n Zeilen haben Probleme, daher wurde nichts importiert. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie nur die guten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s)</source>
        <translation>
            <numerusform>Die gute Zeile importieren</numerusform>
            <numerusform>Die %n guten Zeilen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::CsvInventoryController</name>
    <message>
        <source>Import Inventory CSV</source>
        <translation>Inventar-CSV importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n device(s) from %1.</source>
        <translation>
            <numerusform>%n Gerät aus %1 importiert.</numerusform>
            <numerusform>%n Geräte aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) left out.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile ausgelassen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>%1 wurde nicht importiert: %n Problem gefunden.</numerusform>
            <numerusform>%1 wurde nicht importiert: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Inventory CSV</source>
        <translation>Inventar als CSV exportieren</translation>
    </message>
    <message>
        <source>Inventory exported to %1.</source>
        <translation>Inventar nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>slp::ui::DashboardView</name>
    <message>
        <source>Devices by compliance state</source>
        <translation>Geräte nach Konformitätszustand</translation>
    </message>
    <message>
        <source>Click to list these devices.</source>
        <translation>Klicken, um diese Geräte aufzulisten.</translation>
    </message>
    <message>
        <source>Report due dates, next 120 days</source>
        <translation>Berichtsfälligkeiten der nächsten 120 Tage</translation>
    </message>
    <message>
        <source>Each bar is one day; its height is the number of devices due that day, coloured by state. The shaded band is the next 30 days. Click a bar to list its devices.</source>
        <translation>Jeder Balken ist ein Tag; seine Höhe ist die Zahl der an diesem Tag fälligen Geräte, nach Zustand gefärbt. Das schattierte Band sind die nächsten 30 Tage. Ein Klick auf einen Balken listet seine Geräte.</translation>
    </message>
    <message>
        <source>Needs attention now</source>
        <translation>Braucht jetzt Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Loading the inventory...</source>
        <translation>Das Inventar wird geladen …</translation>
    </message>
    <message>
        <source>No devices yet. Add one (Devices &gt; Add Device), import an inventory CSV, or drop a CSV file on this window.</source>
        <translation>Noch keine Geräte. Fügen Sie eines hinzu (Geräte &gt; Gerät hinzufügen), importieren Sie eine Inventar-CSV oder ziehen Sie eine CSV-Datei auf dieses Fenster.</translation>
    </message>
    <message numerus="yes">
        <source>All %n device(s) are in order.</source>
        <translation>
            <numerusform>Das Gerät ist in Ordnung.</numerusform>
            <numerusform>Alle %n Geräte sind in Ordnung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) need attention.</source>
        <translation>
            <numerusform>%1 von %n Gerät braucht Aufmerksamkeit.</numerusform>
            <numerusform>%1 von %n Geräten brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DemoLab</name>
    <message>
        <source>xrsim stopped before the lab was ready (exit status %1):
%2</source>
        <translation>xrsim hat angehalten, bevor das Labor bereit war (Exit-Status %1):
%2</translation>
    </message>
    <message>
        <source>xrsim could not be started (%1): %2</source>
        <translation>xrsim konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>Cannot create the demo lab folder %1.</source>
        <translation>Der Ordner %1 des Demo-Labors kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the demo lab: %1</source>
        <translation>Für das Demo-Labor kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>xrsim was not found. Build the project with tests (cmake -DSLP_BUILD_TESTS=ON, as scripts/demo.sh does) or point SLP_XRSIM at the xrsim executable.</source>
        <translation>xrsim wurde nicht gefunden. Bauen Sie das Projekt mit Tests (cmake -DSLP_BUILD_TESTS=ON, wie scripts/demo.sh es tut) oder setzen Sie SLP_XRSIM auf das Programm xrsim.</translation>
    </message>
    <message>
        <source>The demo lab fleet (resources/demo-lab/fleet.json) was not found; point SLP_DEMO_LAB at its folder.</source>
        <translation>Die Flotte des Demo-Labors (resources/demo-lab/fleet.json) wurde nicht gefunden; setzen Sie SLP_DEMO_LAB auf ihren Ordner.</translation>
    </message>
    <message>
        <source>%1: defaults.credentials.password is missing: the lab&apos;s routers could not be logged in to.</source>
        <translation>%1: defaults.credentials.password fehlt: An den Routern des Labors könnte man sich nicht anmelden.</translation>
    </message>
    <message>
        <source>the ready file is not JSON: %1 at offset %2</source>
        <translation>die Bereit-Datei ist kein JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>the ready file&apos;s format is &quot;%1&quot;, expected &quot;xrsim-ready/1&quot;</source>
        <translation>das Format der Bereit-Datei ist „%1“, erwartet „xrsim-ready/1“</translation>
    </message>
    <message>
        <source>the ready file&apos;s routers[%1] lacks hostname, address, port or hostKey</source>
        <translation>routers[%1] der Bereit-Datei fehlt hostname, address, port oder hostKey</translation>
    </message>
    <message>
        <source>the ready file lists no router</source>
        <translation>die Bereit-Datei nennt keinen Router</translation>
    </message>
    <message>
        <source>xrsim&apos;s ready file: %1</source>
        <translation>Bereit-Datei von xrsim: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s password could not be stored: %1</source>
        <translation>Das Passwort des Labors konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s credential profile could not be stored: %1</source>
        <translation>Das Zugangsprofil des Labors konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Demo lab scenario: %1</source>
        <translation>Szenario im Demo-Labor: %1</translation>
    </message>
    <message>
        <source>Some lab devices could not be added:
%1</source>
        <translation>Einige Geräte des Labors konnten nicht hinzugefügt werden:
%1</translation>
    </message>
    <message>
        <source>cssmsim stopped before the lab was ready (exit status %1):
%2</source>
        <translation>cssmsim hat angehalten, bevor das Labor bereit war (Exit-Status %1):
%2</translation>
    </message>
    <message>
        <source>cssmsim could not be started (%1): %2</source>
        <translation>cssmsim konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The simulators did not get ready within %1 s:
%2</source>
        <translation>Die Simulatoren waren nicht innerhalb von %1 s bereit:
%2</translation>
    </message>
    <message>
        <source>cssmsim&apos;s ready file is not &quot;cssmsim-ready/1&quot;</source>
        <translation>die Bereit-Datei von cssmsim ist nicht „cssmsim-ready/1“</translation>
    </message>
    <message>
        <source>cssmsim&apos;s ready file lacks baseUrl, tokenUrl, clientId or clientSecretFile</source>
        <translation>der Bereit-Datei von cssmsim fehlt baseUrl, tokenUrl, clientId oder clientSecretFile</translation>
    </message>
    <message>
        <source>The lab CSSM&apos;s client secret could not be read: %1</source>
        <translation>Das Client-Geheimnis des Labor-CSSM konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The lab CSSM&apos;s client secret could not be stored: %1</source>
        <translation>Das Client-Geheimnis des Labor-CSSM konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The lab CSSM&apos;s settings could not be stored: %1</source>
        <translation>Die Einstellungen des Labor-CSSM konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceActionCatalog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Collect Usage</source>
        <translation>Nutzung &amp;sammeln</translation>
    </message>
    <message>
        <source>&amp;Send to CSSM</source>
        <translation>An CSSM &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Download All for Cisco...</source>
        <translation>Alles für Cisco &amp;herunterladen …</translation>
    </message>
    <message>
        <source>&amp;Upload from Cisco...</source>
        <translation>Von Cisco &amp;hochladen …</translation>
    </message>
    <message>
        <source>Import &amp;ACK...</source>
        <translation>&amp;ACK importieren …</translation>
    </message>
    <message>
        <source>Establish &amp;Trust...</source>
        <translation>&amp;Vertrauen herstellen …</translation>
    </message>
    <message>
        <source>Configure Trans&amp;port...</source>
        <translation>Trans&amp;port einrichten …</translation>
    </message>
    <message>
        <source>Specific License Reser&amp;vation...</source>
        <translation>Specific License Reser&amp;vation …</translation>
    </message>
    <message>
        <source>Re&amp;turn Reservation...</source>
        <translation>Reservierung &amp;zurückgeben …</translation>
    </message>
    <message>
        <source>&amp;Edit Device...</source>
        <translation>Gerät &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Re&amp;move Devices...</source>
        <translation>Geräte &amp;entfernen …</translation>
    </message>
    <message>
        <source>S&amp;how Device</source>
        <translation>Gerät &amp;zeigen</translation>
    </message>
    <message>
        <source>Read the license state of the selected devices over SSH.</source>
        <translation>Den Lizenzzustand der ausgewählten Geräte über SSH lesen.</translation>
    </message>
    <message>
        <source>Save the unreported usage reports (RUM) of the selected devices into the report library.</source>
        <translation>Die noch nicht gemeldeten Nutzungsberichte (RUM) der ausgewählten Geräte in der Berichtsbibliothek speichern.</translation>
    </message>
    <message>
        <source>Send the collected usage to CSSM, wait for the ACKs and import them into the devices.</source>
        <translation>Die gesammelte Nutzung an CSSM senden, auf die ACKs warten und sie in die Geräte importieren.</translation>
    </message>
    <message>
        <source>Write one offline bundle of the selected devices&apos; usage for upload to the CSSM portal.</source>
        <translation>Ein Offline-Bündel mit der Nutzung der ausgewählten Geräte zum Hochladen ins CSSM-Portal schreiben.</translation>
    </message>
    <message>
        <source>Read the ACK bundle downloaded from the CSSM portal and import each ACK into its device.</source>
        <translation>Das aus dem CSSM-Portal heruntergeladene ACK-Bündel lesen und jedes ACK in sein Gerät importieren.</translation>
    </message>
    <message>
        <source>Import an ACK file into the device it belongs to.</source>
        <translation>Eine ACK-Datei in das Gerät importieren, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>Install a trust code on the selected devices with an ID token.</source>
        <translation>Mit einem ID-Token einen Vertrauenscode auf den ausgewählten Geräten installieren.</translation>
    </message>
    <message>
        <source>Set the transport (CSLU, Smart, off), URL, proxy and VRF, with a preview of the commands.</source>
        <translation>Transport (CSLU, Smart, aus), URL, Proxy und VRF einstellen, mit Vorschau der Befehle.</translation>
    </message>
    <message>
        <source>Reserve licenses for air-gapped devices: request codes, authorization codes, install.</source>
        <translation>Lizenzen für abgeschottete Geräte reservieren: Anforderungscodes, Autorisierungscodes, Installation.</translation>
    </message>
    <message>
        <source>Return an installed reservation and get the return code for the CSSM portal.</source>
        <translation>Eine installierte Reservierung zurückgeben und den Rückgabecode für das CSSM-Portal erhalten.</translation>
    </message>
    <message>
        <source>Change the address, credentials, site or tags of the device.</source>
        <translation>Adresse, Zugangsdaten, Standort oder Tags des Geräts ändern.</translation>
    </message>
    <message>
        <source>Remove the selected devices and their history from the inventory.</source>
        <translation>Die ausgewählten Geräte und ihren Verlauf aus dem Inventar entfernen.</translation>
    </message>
    <message>
        <source>Show the device and its details in the Devices view.</source>
        <translation>Das Gerät und seine Details in der Geräteansicht zeigen.</translation>
    </message>
    <message>
        <source>Arrives with the %1 flow: not available in this version.</source>
        <translation>Kommt mit dem Ablauf „%1“: in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceActionController</name>
    <message numerus="yes">
        <source>Refreshing %n device(s)</source>
        <translation>
            <numerusform>%n Gerät wird aktualisiert</numerusform>
            <numerusform>%n Geräte werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collecting usage on %n device(s)</source>
        <translation>
            <numerusform>Nutzung wird auf %n Gerät gesammelt</numerusform>
            <numerusform>Nutzung wird auf %n Geräten gesammelt</numerusform>
        </translation>
    </message>
    <message>
        <source>Download All for Cisco</source>
        <translation>Alles für Cisco herunterladen</translation>
    </message>
    <message>
        <source>Usage bundles (*.tar.gz)</source>
        <translation>Nutzungsbündel (*.tar.gz)</translation>
    </message>
    <message numerus="yes">
        <source>Writing the usage of %n device(s) into %1</source>
        <translation>
            <numerusform>Die Nutzung von %n Gerät wird in %1 geschrieben</numerusform>
            <numerusform>Die Nutzung von %n Geräten wird in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload from Cisco</source>
        <translation>Von Cisco hochladen</translation>
    </message>
    <message>
        <source>ACK bundles and ACK files (*.tar.gz *.tgz *.xml *.txt);;All files (*)</source>
        <translation>ACK-Bündel und ACK-Dateien (*.tar.gz *.tgz *.xml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import ACK</source>
        <translation>ACK importieren</translation>
    </message>
    <message>
        <source>ACK files (*.xml *.txt);;All files (*)</source>
        <translation>ACK-Dateien (*.xml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Sending the usage of %n device(s) to CSSM</source>
        <translation>
            <numerusform>Die Nutzung von %n Gerät wird an CSSM gesendet</numerusform>
            <numerusform>Die Nutzung von %n Geräten wird an CSSM gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Establishing trust on %n device(s)</source>
        <translation>
            <numerusform>Vertrauen wird auf %n Gerät hergestellt</numerusform>
            <numerusform>Vertrauen wird auf %n Geräten hergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID token could not be kept in the secret store: %1</source>
        <translation>Das ID-Token konnte nicht im Geheimnisspeicher abgelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Configuring the transport of %n device(s): %1</source>
        <translation>
            <numerusform>Der Transport von %n Gerät wird eingerichtet: %1</numerusform>
            <numerusform>Der Transport von %n Geräten wird eingerichtet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return the installed reservation of %n device(s)? The licenses stop being reserved on the router; the return code is shown in the job&apos;s steps%1.</source>
        <translation>
            <numerusform>Die installierte Reservierung von %n Gerät zurückgeben? Die Lizenzen sind auf dem Router dann nicht mehr reserviert; der Rückgabecode steht in den Schritten des Jobs%1.</numerusform>
            <numerusform>Die installierten Reservierungen von %n Geräten zurückgeben? Die Lizenzen sind auf den Routern dann nicht mehr reserviert; die Rückgabecodes stehen in den Schritten des Jobs%1.</numerusform>
        </translation>
    </message>
    <message>
        <source> and credited back in CSSM</source>
        <translation> und wird in CSSM gutgeschrieben</translation>
    </message>
    <message>
        <source> (enter it in the CSSM portal to credit the licenses back)</source>
        <translation> (im CSSM-Portal eingeben, um die Lizenzen gutzuschreiben)</translation>
    </message>
    <message numerus="yes">
        <source>Returning the reservation of %n device(s)</source>
        <translation>
            <numerusform>Die Reservierung von %n Gerät wird zurückgegeben</numerusform>
            <numerusform>Die Reservierungen von %n Geräten werden zurückgegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceDetailPane</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Policy &amp;&amp; Reporting</source>
        <translation>Richtlinie &amp;&amp; Berichte</translation>
    </message>
    <message>
        <source>Trust &amp;&amp; Transport</source>
        <translation>Vertrauen &amp;&amp; Transport</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Raw Output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <source>No device selected</source>
        <translation>Kein Gerät ausgewählt</translation>
    </message>
    <message>
        <source>Select a device to see its licenses, timers and history.</source>
        <translation>Wählen Sie ein Gerät, um seine Lizenzen, Fristen und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Select a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message>
        <source>Next due %1 (%2).</source>
        <translation>Nächste Fälligkeit %1 (%2).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Credential profile</source>
        <translation>Zugangsprofil</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>IOS XR version</source>
        <translation>IOS-XR-Version</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Konformitätsbefunde</translation>
    </message>
    <message>
        <source>Unread lines</source>
        <translation>Ungelesene Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of router output could not be read (see Raw Output).</source>
        <translation>
            <numerusform>%n Zeile der Router-Ausgabe konnte nicht gelesen werden (siehe Rohausgabe).</numerusform>
            <numerusform>%n Zeilen der Router-Ausgabe konnten nicht gelesen werden (siehe Rohausgabe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not refreshed yet: refresh the device to read its license state.</source>
        <translation>Noch nicht aktualisiert: Aktualisieren Sie das Gerät, um seinen Lizenzzustand zu lesen.</translation>
    </message>
    <message>
        <source>The device did not report a reservation.</source>
        <translation>Das Gerät hat keine Reservierung gemeldet.</translation>
    </message>
    <message>
        <source>No output was kept.</source>
        <translation>Es wurde keine Ausgabe aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceDialog</name>
    <message>
        <source>Add Device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Edit Device %1</source>
        <translation>Gerät %1 bearbeiten</translation>
    </message>
    <message>
        <source>pe1-fra</source>
        <translation>pe1-fra</translation>
    </message>
    <message>
        <source>192.0.2.10 or router.example.net</source>
        <translation>192.0.2.10 oder router.example.net</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>empty: the credential profile&apos;s user</source>
        <translation>leer: der Benutzer des Zugangsprofils</translation>
    </message>
    <message>
        <source>core; lab</source>
        <translation>core; lab</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Credential profile:</source>
        <translation>&amp;Zugangsprofil:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>slp::ui::DeviceTableModel</name>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Fällig %1 (%2)</translation>
    </message>
    <message>
        <source>Host key not known yet</source>
        <translation>Host-Schlüssel noch unbekannt</translation>
    </message>
    <message>
        <source>Host key %1</source>
        <translation>Host-Schlüssel %1</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>IOS XR</source>
        <translation>IOS XR</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>slp::ui::DevicesView</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Search hostname, address, serial, platform, site, tag...</source>
        <translation>Hostname, Adresse, Seriennummer, Plattform, Standort, Tag suchen …</translation>
    </message>
    <message>
        <source>Show only devices in this compliance state</source>
        <translation>Nur Geräte in diesem Konformitätszustand zeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Show only devices of this site</source>
        <translation>Nur Geräte dieses Standorts zeigen</translation>
    </message>
    <message>
        <source>Show only devices with this tag</source>
        <translation>Nur Geräte mit diesem Tag zeigen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Loading devices...</source>
        <translation>Geräte werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät angezeigt</numerusform>
            <numerusform>%1 von %n Geräten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::DisplayText</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>CSLU</source>
        <translation>CSLU</translation>
    </message>
    <message>
        <source>Smart</source>
        <translation>Smart</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Call Home</source>
        <translation>Call Home</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>slp::ui::DropImportController</name>
    <message>
        <source>Only local files can be imported; ignored: %1</source>
        <translation>Nur lokale Dateien können importiert werden; ignoriert: %1</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 files are imported at once.</source>
        <translation>Nur die ersten %1 von %2 Dateien werden auf einmal importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)...</source>
        <translation>
            <numerusform>%n Datei wird gelesen …</numerusform>
            <numerusform>%n Dateien werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Given to the SLR wizard</source>
        <translation>An den SLR-Assistenten übergeben</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>%1 added to the report library.</source>
        <translation>%1 wurde der Berichtsbibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Given to Upload from Cisco</source>
        <translation>An „Von Cisco hochladen“ übergeben</translation>
    </message>
</context>
<context>
    <name>slp::ui::DropImportDialog</name>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) recognised. Check where each goes, then import.</source>
        <translation>
            <numerusform>%n Datei erkannt. Prüfen Sie, wohin sie geht, dann importieren Sie.</numerusform>
            <numerusform>%n Dateien erkannt. Prüfen Sie, wohin jede geht, dann importieren Sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n file(s) can be imported; the list says why for each.</source>
        <translation>
            <numerusform>Die Datei kann nicht importiert werden; die Liste sagt, warum.</numerusform>
            <numerusform>Keine der %n Dateien kann importiert werden; die Liste sagt bei jeder, warum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file(s) can be imported; %n cannot (the list says why).</source>
        <translation>
            <numerusform>%1 Datei(en) können importiert werden; %n nicht (die Liste sagt, warum).</numerusform>
            <numerusform>%1 Datei(en) können importiert werden; %n nicht (die Liste sagt, warum).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>slp::ui::DroppedFile</name>
    <message>
        <source>Unreadable file</source>
        <translation>Unlesbare Datei</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>RUM report file</source>
        <translation>RUM-Berichtsdatei</translation>
    </message>
    <message>
        <source>ACK file</source>
        <translation>ACK-Datei</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>SLR authorization code</source>
        <translation>SLR-Autorisierungscode</translation>
    </message>
    <message>
        <source>SLR request code</source>
        <translation>SLR-Anforderungscode</translation>
    </message>
    <message>
        <source>SLR return code</source>
        <translation>SLR-Rückgabecode</translation>
    </message>
    <message>
        <source>SLR confirmation code</source>
        <translation>SLR-Bestätigungscode</translation>
    </message>
    <message>
        <source>Upload bundle (for CSSM)</source>
        <translation>Upload-Bündel (für CSSM)</translation>
    </message>
    <message>
        <source>ACK bundle (from CSSM)</source>
        <translation>ACK-Bündel (von CSSM)</translation>
    </message>
    <message>
        <source>Inventory CSV</source>
        <translation>Inventar-CSV</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import the devices into the inventory</source>
        <translation>Die Geräte ins Inventar importieren</translation>
    </message>
    <message>
        <source>Open the SLR wizard to match the code to its devices</source>
        <translation>Den SLR-Assistenten öffnen, um den Code seinen Geräten zuzuordnen</translation>
    </message>
    <message>
        <source>Keep in the report library</source>
        <translation>In der Berichtsbibliothek aufbewahren</translation>
    </message>
    <message>
        <source>Import the ACK into its device</source>
        <translation>Das ACK in sein Gerät importieren</translation>
    </message>
    <message>
        <source>Import each ACK into its device</source>
        <translation>Jedes ACK in sein Gerät importieren</translation>
    </message>
</context>
<context>
    <name>slp::ui::DueTimelineWidget</name>
    <message numerus="yes">
        <source>Overdue: %n device(s)</source>
        <translation>
            <numerusform>Überfällig: %n Gerät</numerusform>
            <numerusform>Überfällig: %n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s) due</source>
        <translation>
            <numerusform>%1: %n Gerät fällig</numerusform>
            <numerusform>%1: %n Geräte fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later</source>
        <translation>
            <numerusform>%n später</numerusform>
            <numerusform>%n später</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>No device is overdue.</source>
        <translation>Kein Gerät ist überfällig.</translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1: nichts fällig</translation>
    </message>
</context>
<context>
    <name>slp::ui::FactsView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>slp::ui::HostKeyPrompter</name>
    <message>
        <source>The host keys of several routers CHANGED. The console refused to connect to them.</source>
        <translation>Die Host-Schlüssel mehrerer Router haben sich GEÄNDERT. Die Konsole hat die Verbindung zu ihnen verweigert.</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>The host key of %1 CHANGED. The console refused to connect.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT. Die Konsole hat die Verbindung verweigert.</translation>
    </message>
    <message>
        <source>This happens when a router was replaced or re-installed, and also when someone intercepts the connection. Check the new fingerprint with the router&apos;s administrator. Only then forget the old key (Settings &gt; Known Host Keys) and refresh again.</source>
        <translation>Das passiert, wenn ein Router ersetzt oder neu installiert wurde – aber auch, wenn jemand die Verbindung abfängt. Prüfen Sie den neuen Fingerabdruck mit dem Administrator des Routers. Erst dann vergessen Sie den alten Schlüssel (Einstellungen &gt; Bekannte Host-Schlüssel) und aktualisieren erneut.</translation>
    </message>
    <message>
        <source>Known Host Keys...</source>
        <translation>Bekannte Host-Schlüssel …</translation>
    </message>
</context>
<context>
    <name>slp::ui::HostKeyQuestionDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;The console connects to &lt;b&gt;%1&lt;/b&gt; for the first time. Its host key is not in the console&apos;s known hosts yet.&lt;/p&gt;&lt;p&gt;Trust it only if the fingerprint below is the router&apos;s: compare it with the router&apos;s own key or your records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Konsole verbindet sich zum ersten Mal mit &lt;b&gt;%1&lt;/b&gt;. Sein Host-Schlüssel ist noch nicht unter den bekannten Hosts der Konsole.&lt;/p&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn der Fingerabdruck unten der des Routers ist: Vergleichen Sie ihn mit dem Schlüssel des Routers oder Ihren Unterlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>SHA256 fingerprint:</source>
        <translation>SHA256-Fingerabdruck:</translation>
    </message>
    <message numerus="yes">
        <source>%n more router(s) of this job wait with a new host key:</source>
        <translation>
            <numerusform>Noch %n Router dieses Jobs wartet mit einem neuen Host-Schlüssel:</numerusform>
            <numerusform>Noch %n Router dieses Jobs warten mit einem neuen Host-Schlüssel:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Trust &amp;All %1 Listed</source>
        <translation>&amp;Allen %1 aufgeführten vertrauen</translation>
    </message>
</context>
<context>
    <name>slp::ui::JobListModel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Collect Usage</source>
        <translation>Nutzung sammeln</translation>
    </message>
    <message>
        <source>Send to CSSM</source>
        <translation>An CSSM senden</translation>
    </message>
    <message>
        <source>Import ACK</source>
        <translation>ACK importieren</translation>
    </message>
    <message>
        <source>Establish Trust</source>
        <translation>Vertrauen herstellen</translation>
    </message>
    <message>
        <source>Configure Transport</source>
        <translation>Transport einrichten</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed, %3 cancelled</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 abgebrochen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Download All for Cisco</source>
        <translation>Alles für Cisco herunterladen</translation>
    </message>
    <message>
        <source>SLR: request code</source>
        <translation>SLR: Anforderungscode</translation>
    </message>
    <message>
        <source>SLR: install authorization</source>
        <translation>SLR: Autorisierung installieren</translation>
    </message>
    <message>
        <source>SLR: return reservation</source>
        <translation>SLR: Reservierung zurückgeben</translation>
    </message>
    <message>
        <source>SLR: cancel request</source>
        <translation>SLR: Anforderung abbrechen</translation>
    </message>
</context>
<context>
    <name>slp::ui::JobStepModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>slp::ui::JobsView</name>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected job: devices not started are cancelled, running sessions end.</source>
        <translation>Den ausgewählten Job anhalten: Nicht begonnene Geräte werden abgebrochen, laufende Sitzungen enden.</translation>
    </message>
    <message>
        <source>Retry &amp;Failed Devices</source>
        <translation>Fehlgeschlagene Geräte &amp;wiederholen</translation>
    </message>
    <message>
        <source>Run the failed and cancelled devices of the selected job again.</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Geräte des ausgewählten Jobs erneut ausführen.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue a job that was interrupted (the console closed or crashed while it ran); devices already done are skipped.</source>
        <translation>Einen unterbrochenen Job fortsetzen (die Konsole wurde währenddessen geschlossen oder ist abgestürzt); bereits erledigte Geräte werden übersprungen.</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>Kein Job läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running.</source>
        <translation>
            <numerusform>%n Job läuft.</numerusform>
            <numerusform>%n Jobs laufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::KnownHostsModel</name>
    <message>
        <source>(hashed name)</source>
        <translation>(gehashter Name)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>slp::ui::KnownHostsPage</name>
    <message>
        <source>Host keys the console trusts, kept in %1 (OpenSSH format). A router whose key changed is refused until its old key is forgotten here.</source>
        <translation>Host-Schlüssel, denen die Konsole vertraut, gespeichert in %1 (OpenSSH-Format). Ein Router, dessen Schlüssel sich geändert hat, wird abgewiesen, bis sein alter Schlüssel hier vergessen wird.</translation>
    </message>
    <message>
        <source>&amp;Forget Selected Keys</source>
        <translation>Ausgewählte Schlüssel &amp;vergessen</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the keys to forget (hashed names cannot be forgotten here).</source>
        <translation>Wählen Sie die zu vergessenden Schlüssel (gehashte Namen können hier nicht vergessen werden).</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n key(s) of %1.</source>
        <translation>
            <numerusform>%n Schlüssel von %1 vergessen.</numerusform>
            <numerusform>%n Schlüssel von %1 vergessen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::LibraryFilesModel</name>
    <message>
        <source>Usage report (RUM)</source>
        <translation>Nutzungsbericht (RUM)</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Bundle for Cisco</source>
        <translation>Bündel für Cisco</translation>
    </message>
    <message>
        <source>ACK bundle from Cisco</source>
        <translation>ACK-Bündel von Cisco</translation>
    </message>
    <message>
        <source>SLR authorization code</source>
        <translation>SLR-Autorisierungscode</translation>
    </message>
    <message>
        <source>SLR request code</source>
        <translation>SLR-Anforderungscode</translation>
    </message>
    <message>
        <source>SLR confirmation code</source>
        <translation>SLR-Bestätigungscode</translation>
    </message>
    <message>
        <source>SLR return code</source>
        <translation>SLR-Rückgabecode</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>In a bundle</source>
        <translation>In einem Bündel</translation>
    </message>
    <message>
        <source>Sent to CSSM</source>
        <translation>An CSSM gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(removed device)</source>
        <translation>(entferntes Gerät)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Report IDs</source>
        <translation>Berichts-IDs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
</context>
<context>
    <name>slp::ui::MainWindow</name>
    <message>
        <source>SLP Console</source>
        <translation>SLP Console</translation>
    </message>
    <message>
        <source>SLP Console — %1</source>
        <translation>SLP Console — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Files...</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import RUM reports, ACKs, bundles, authorization codes or an inventory CSV; the console recognises each file by its content.</source>
        <translation>RUM-Berichte, ACKs, Bündel, Autorisierungscodes oder eine Inventar-CSV importieren; die Konsole erkennt jede Datei an ihrem Inhalt.</translation>
    </message>
    <message>
        <source>Import Inventory &amp;CSV...</source>
        <translation>Inventar-&amp;CSV importieren …</translation>
    </message>
    <message>
        <source>Import Inventory CSV</source>
        <translation>Inventar-CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export Inventory CSV...</source>
        <translation>Inventar als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export Inventory CSV</source>
        <translation>Inventar als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>D&amp;evices</source>
        <translation>G&amp;eräte</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Device &amp;Detail Pane</source>
        <translation>Geräte&amp;details</translation>
    </message>
    <message>
        <source>&amp;Find Device</source>
        <translation>Gerät &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Add Device...</source>
        <translation>Gerät &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Refresh A&amp;ll Devices</source>
        <translation>A&amp;lle Geräte aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Licensing</source>
        <translation>&amp;Lizenzierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SLP Console</source>
        <translation>&amp;Über SLP Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Add Device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Add a device to the inventory (Ctrl+N)</source>
        <translation>Ein Gerät zum Inventar hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import licensing files or an inventory CSV (Ctrl+I); you can also drop files on the window.</source>
        <translation>Lizenzdateien oder eine Inventar-CSV importieren (Strg+I); Dateien können auch auf das Fenster gezogen werden.</translation>
    </message>
    <message>
        <source>Opening the database...</source>
        <translation>Die Datenbank wird geöffnet …</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1</source>
        <translation>Die Datenbank konnte nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Job #%1 %2.</source>
        <translation>Job #%1: %2.</translation>
    </message>
    <message>
        <source>%1 (job #%2): %3 of %4 device(s) succeeded, %5 failed; see Jobs.</source>
        <translation>%1 (Job #%2): %3 von %4 Gerät(en) erfolgreich, %5 fehlgeschlagen; siehe Jobs.</translation>
    </message>
    <message>
        <source>The job did not start: %1</source>
        <translation>Der Job ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted job(s) can be resumed in the Jobs view.</source>
        <translation>
            <numerusform>%n unterbrochener Job kann in der Job-Ansicht fortgesetzt werden.</numerusform>
            <numerusform>%n unterbrochene Jobs können in der Job-Ansicht fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Job läuft</numerusform>
            <numerusform>%n Jobs laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1 added.</source>
        <translation>Gerät %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Device %1 saved.</source>
        <translation>Gerät %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Remove Devices</source>
        <translation>Geräte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s) and their snapshot history from the inventory?
%1</source>
        <translation>
            <numerusform>%n Gerät und seinen Schnappschuss-Verlauf aus dem Inventar entfernen?
%1</numerusform>
            <numerusform>%n Geräte und ihren Schnappschuss-Verlauf aus dem Inventar entfernen?
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n device(s).</source>
        <translation>
            <numerusform>%n Gerät entfernt.</numerusform>
            <numerusform>%n Geräte entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 given to the SLR wizard.</source>
        <translation>%1 wurde an den SLR-Assistenten übergeben.</translation>
    </message>
    <message>
        <source>The new language applies the next time the console starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit anyway? They are cancelled and can be resumed the next time.</source>
        <translation>
            <numerusform>%n Job läuft noch. Trotzdem beenden? Er wird abgebrochen und kann beim nächsten Mal fortgesetzt werden.</numerusform>
            <numerusform>%n Jobs laufen noch. Trotzdem beenden? Sie werden abgebrochen und können beim nächsten Mal fortgesetzt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::ReportLibraryModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>slp::ui::ReportsView</name>
    <message>
        <source>&amp;Import Files...</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export Copy...</source>
        <translation>Kopie &amp;exportieren …</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Export Copy</source>
        <translation>Kopie exportieren</translation>
    </message>
    <message>
        <source>The report library: usage reports (RUM), bundles for Cisco, ACKs and reservation codes that the flows collected or received, newest first.</source>
        <translation>Die Berichtsbibliothek: Nutzungsberichte (RUM), Bündel für Cisco, ACKs und Reservierungscodes, die die Abläufe gesammelt oder erhalten haben, neueste zuerst.</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save a copy of the file; its checksum is verified first.</source>
        <translation>Eine Kopie der Datei speichern; ihre Prüfsumme wird vorher geprüft.</translation>
    </message>
    <message>
        <source>&amp;Reveal in File Manager</source>
        <translation>Im &amp;Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Files recognised in this session: drop files anywhere on the window or use File &gt; Import to add them.</source>
        <translation>In dieser Sitzung erkannte Dateien: Dateien irgendwo auf das Fenster ziehen oder Datei &gt; Importieren verwenden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>slp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Known Host Keys</source>
        <translation>Bekannte Host-Schlüssel</translation>
    </message>
    <message>
        <source>CSSM</source>
        <translation>CSSM</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Refresh every device automatically at this interval while the console runs.</source>
        <translation>Alle Geräte in diesem Abstand automatisch aktualisieren, solange die Konsole läuft.</translation>
    </message>
    <message>
        <source>Collect the unreported usage of every device into the report library at this interval while the console runs.</source>
        <translation>Die nicht gemeldete Nutzung aller Geräte in diesem Abstand in die Berichtsbibliothek übernehmen, solange die Konsole läuft.</translation>
    </message>
    <message>
        <source>Automatic &amp;refresh every:</source>
        <translation>Automatisch &amp;aktualisieren alle:</translation>
    </message>
    <message>
        <source>Automatic &amp;collect every:</source>
        <translation>Automatisch &amp;sammeln alle:</translation>
    </message>
    <message>
        <source>How many routers a job works on at the same time.</source>
        <translation>An wie vielen Routern ein Job gleichzeitig arbeitet.</translation>
    </message>
    <message>
        <source>&amp;Parallel sessions:</source>
        <translation>&amp;Parallele Sitzungen:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>Co&amp;mmand timeout:</source>
        <translation>&amp;Befehls-Timeout:</translation>
    </message>
    <message>
        <source>A router that prints nothing for this long is given up on.</source>
        <translation>Ein Router, der so lange nichts ausgibt, wird aufgegeben.</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>&amp;Leerlauf-Timeout:</translation>
    </message>
    <message>
        <source>&amp;Licensing API URL:</source>
        <translation>URL der &amp;Lizenz-API:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>SSM On-Prem only</source>
        <translation>nur SSM On-Prem</translation>
    </message>
    <message>
        <source>On-Prem t&amp;enant:</source>
        <translation>On-Prem-&amp;Mandant:</translation>
    </message>
    <message>
        <source>OAuth client &amp;ID:</source>
        <translation>OAuth-Client-&amp;ID:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>OAuth client &amp;secret:</source>
        <translation>OAuth-Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <source>S&amp;mart Account:</source>
        <translation>S&amp;mart Account:</translation>
    </message>
    <message>
        <source>&amp;Virtual Account:</source>
        <translation>&amp;Virtual Account:</translation>
    </message>
    <message>
        <source>system CAs only</source>
        <translation>nur System-CAs</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Extra &amp;CA bundle:</source>
        <translation>Zusätzliches &amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>HTTPS &amp;proxy:</source>
        <translation>HTTPS-&amp;Proxy:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Storing the client secret...</source>
        <translation>Das Client-Geheimnis wird gespeichert …</translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation>Das Client-Geheimnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Asks for a token and reads the license summary of the virtual account with the values above.</source>
        <translation>Holt ein Token und liest mit den obigen Werten die Lizenzübersicht des Virtual Accounts.</translation>
    </message>
    <message>
        <source>Enter the licensing API URL, the token URL and the OAuth client ID first.</source>
        <translation>Zuerst die URL der Lizenz-API, die Token-URL und die OAuth-Client-ID eingeben.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected, but CSSM refused: %1</source>
        <translation>Verbunden, aber CSSM hat abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: token received, %n license(s) in the virtual account.</source>
        <translation>
            <numerusform>Verbunden mit %1: Token erhalten, %n Lizenz im Virtual Account.</numerusform>
            <numerusform>Verbunden mit %1: Token erhalten, %n Lizenzen im Virtual Account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrAuthorizationPage</name>
    <message>
        <source>Authorization Codes</source>
        <translation>Autorisierungscodes</translation>
    </message>
    <message>
        <source>Drop the authorization code files from the CSSM portal here, or browse for them. Each code is matched to its device by UDI.</source>
        <translation>Legen Sie die Autorisierungscode-Dateien aus dem CSSM-Portal hier ab oder suchen Sie sie aus. Jeder Code wird über die UDI seinem Gerät zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Fetch from CSSM</source>
        <translation>Von CSSM &amp;abrufen</translation>
    </message>
    <message>
        <source>Reserve the licenses online and fetch the codes.
Arrives with the CSSM client: not available in this version.</source>
        <translation>Die Lizenzen online reservieren und die Codes abrufen.
Kommt mit dem CSSM-Client: in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>UDIs</source>
        <translation>UDIs</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>What happened to each file:</source>
        <translation>Was mit jeder Datei geschah:</translation>
    </message>
    <message>
        <source>Authorization Code Files</source>
        <translation>Autorisierungscode-Dateien</translation>
    </message>
    <message>
        <source>Authorization codes (*.txt *.xml);;All files (*)</source>
        <translation>Autorisierungscodes (*.txt *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>unknown: refresh the device</source>
        <translation>unbekannt: Aktualisieren Sie das Gerät</translation>
    </message>
    <message numerus="yes">
        <source>from %1: %n license(s)</source>
        <translation>
            <numerusform>aus %1: %n Lizenz</numerusform>
            <numerusform>aus %1: %n Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 codes (an HA router needs one per UDI)</source>
        <translation>%1 von %2 Codes (ein HA-Router braucht einen pro UDI)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrDevicesPage</name>
    <message>
        <source>Choose Devices</source>
        <translation>Geräte wählen</translation>
    </message>
    <message>
        <source>Specific License Reservation is for devices that can never reach CSSM. Tick the devices that get a reservation.</source>
        <translation>Specific License Reservation ist für Geräte, die CSSM nie erreichen können. Haken Sie die Geräte an, die eine Reservierung erhalten.</translation>
    </message>
    <message>
        <source>Filter devices...</source>
        <translation>Geräte filtern …</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) chosen.</source>
        <translation>
            <numerusform>%n Gerät gewählt.</numerusform>
            <numerusform>%n Geräte gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrInstallPage</name>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Each authorization code is copied to its device and installed; the device then shows SPECIFIC INSTALLED and a confirmation code.</source>
        <translation>Jeder Autorisierungscode wird auf sein Gerät kopiert und installiert; das Gerät zeigt dann SPECIFIC INSTALLED und einen Bestätigungscode.</translation>
    </message>
    <message>
        <source>&amp;Install on All Devices</source>
        <translation>Auf allen Geräten &amp;installieren</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Already installed (%1); nothing to do</source>
        <translation>Bereits installiert (%1); nichts zu tun</translation>
    </message>
    <message>
        <source>Install the authorization code from %1</source>
        <translation>Den Autorisierungscode aus %1 installieren</translation>
    </message>
    <message>
        <source>Skipped: no authorization code for every UDI</source>
        <translation>Übersprungen: nicht für jede UDI ein Autorisierungscode</translation>
    </message>
    <message>
        <source>Installs the authorization codes from the file given on the previous page, or asks CSSM for them when no file was given and CSSM is configured.</source>
        <translation>Installiert die Autorisierungscodes aus der Datei der vorigen Seite oder holt sie von CSSM, wenn keine Datei angegeben und CSSM eingerichtet ist.</translation>
    </message>
    <message>
        <source>%1: running...</source>
        <translation>%1: läuft …</translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation>Installiert.</translation>
    </message>
    <message>
        <source>Not every device succeeded:</source>
        <translation>Nicht jedes Gerät war erfolgreich:</translation>
    </message>
    <message>
        <source>Install an authorization code reserved in CSSM for the request code</source>
        <translation>Einen in CSSM für den Anforderungscode reservierten Autorisierungscode installieren</translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrPrecheckPage</name>
    <message>
        <source>Prechecks</source>
        <translation>Vorprüfungen</translation>
    </message>
    <message>
        <source>What the last refresh of each device says. Refresh the devices to check again.</source>
        <translation>Was die letzte Aktualisierung jedes Geräts sagt. Aktualisieren Sie die Geräte, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh These Devices</source>
        <translation>Diese Geräte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Read the devices again; the checks update when the refresh has finished.</source>
        <translation>Die Geräte erneut lesen; die Prüfungen aktualisieren sich nach der Aktualisierung.</translation>
    </message>
    <message>
        <source>never refreshed</source>
        <translation>nie aktualisiert</translation>
    </message>
    <message>
        <source>last refresh failed: %1</source>
        <translation>letzte Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not reported by the device</source>
        <translation>vom Gerät nicht gemeldet</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>supported, not enabled yet</source>
        <translation>unterstützt, noch nicht aktiviert</translation>
    </message>
    <message numerus="yes">
        <source>All %n device(s) passed the checks.</source>
        <translation>
            <numerusform>Das Gerät hat die Prüfungen bestanden.</numerusform>
            <numerusform>Alle %n Geräte haben die Prüfungen bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) passed the checks; the others need a successful refresh first.</source>
        <translation>
            <numerusform>%1 von %n Gerät hat die Prüfungen bestanden; die anderen brauchen zuerst eine erfolgreiche Aktualisierung.</numerusform>
            <numerusform>%1 von %n Geräten haben die Prüfungen bestanden; die anderen brauchen zuerst eine erfolgreiche Aktualisierung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrRequestPage</name>
    <message>
        <source>Request Codes</source>
        <translation>Anforderungscodes</translation>
    </message>
    <message>
        <source>Each device gives a request code. Enter the codes in the CSSM portal (Smart Software Licensing &gt; Inventory &gt; Licenses &gt; License Reservation) to get the authorization codes.</source>
        <translation>Jedes Gerät liefert einen Anforderungscode. Geben Sie die Codes im CSSM-Portal ein (Smart Software Licensing &gt; Inventory &gt; Licenses &gt; License Reservation), um die Autorisierungscodes zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Enable Reservation and Request Codes</source>
        <translation>Reservierung &amp;aktivieren und Anforderungscodes holen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>UDI</source>
        <translation>UDI</translation>
    </message>
    <message>
        <source>Request code</source>
        <translation>Anforderungscode</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to File...</source>
        <translation>In Datei &amp;speichern …</translation>
    </message>
    <message>
        <source>Request codes copied to the clipboard.</source>
        <translation>Anforderungscodes in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>Every device has a request code.</source>
        <translation>Jedes Gerät hat einen Anforderungscode.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) have a request code from their last refresh. The others need `license smart reservation request local` first.</source>
        <translation>
            <numerusform>%1 von %n Gerät hat einen Anforderungscode aus seiner letzten Aktualisierung. Die anderen brauchen zuerst `license smart reservation request local`.</numerusform>
            <numerusform>%1 von %n Geräten haben einen Anforderungscode aus ihrer letzten Aktualisierung. Die anderen brauchen zuerst `license smart reservation request local`.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Request Codes</source>
        <translation>Anforderungscodes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Request codes saved to %1.</source>
        <translation>Anforderungscodes in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Runs `license smart reservation` and `license smart reservation request local` on each device and keeps the request codes.</source>
        <translation>Führt auf jedem Gerät `license smart reservation` und `license smart reservation request local` aus und speichert die Anforderungscodes.</translation>
    </message>
    <message>
        <source>Not every device succeeded:</source>
        <translation>Nicht jedes Gerät war erfolgreich:</translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrSession</name>
    <message numerus="yes">
        <source>%1: authorization code for %2 matched to %3 (%n license(s)).</source>
        <translation>
            <numerusform>%1: Autorisierungscode für %2 wurde %3 zugeordnet (%n Lizenz).</numerusform>
            <numerusform>%1: Autorisierungscode für %2 wurde %3 zugeordnet (%n Lizenzen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the authorization code for %2 matches none of the chosen devices.</source>
        <translation>%1: Der Autorisierungscode für %2 passt zu keinem der gewählten Geräte.</translation>
    </message>
    <message>
        <source>%1: waits until the devices are chosen and read.</source>
        <translation>%1: wartet, bis die Geräte gewählt und gelesen sind.</translation>
    </message>
    <message>
        <source>%1: not an authorization code file: %2</source>
        <translation>%1: keine Autorisierungscode-Datei: %2</translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Keep the confirmation codes: CSSM asks for them when a reservation is returned or changed.</source>
        <translation>Bewahren Sie die Bestätigungscodes auf: CSSM fragt danach, wenn eine Reservierung zurückgegeben oder geändert wird.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Confirmation code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>Request code</source>
        <translation>Anforderungscode</translation>
    </message>
    <message>
        <source>&amp;Export Summary...</source>
        <translation>Zusammenfassung &amp;exportieren …</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Export SLR Summary</source>
        <translation>SLR-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Summary saved to %1.</source>
        <translation>Zusammenfassung in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>slp::ui::SlrWizard</name>
    <message>
        <source>Specific License Reservation</source>
        <translation>Specific License Reservation</translation>
    </message>
    <message>
        <source>an earlier day</source>
        <translation>einem früheren Tag</translation>
    </message>
    <message>
        <source>Resume Specific License Reservation</source>
        <translation>Specific License Reservation fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Resume the reservation started on %1 for %n device(s)?</source>
        <translation>
            <numerusform>Die am %1 begonnene Reservierung für %n Gerät fortsetzen?</numerusform>
            <numerusform>Die am %1 begonnene Reservierung für %n Geräte fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
</context>
<context>
    <name>slp::ui::SnapshotFacts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first report %1 d, every %2 d, on change %3 d</source>
        <translation>erster Bericht %1 T, alle %2 T, bei Änderung %3 T</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Policy in use</source>
        <translation>Verwendete Richtlinie</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Richtlinienname</translation>
    </message>
    <message>
        <source>Reporting ACK required</source>
        <translation>Berichts-ACK erforderlich</translation>
    </message>
    <message>
        <source>Unenforced perpetual</source>
        <translation>Nicht durchgesetzt, unbefristet</translation>
    </message>
    <message>
        <source>Unenforced subscription</source>
        <translation>Nicht durchgesetzt, Abonnement</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>Durchgesetzt</translation>
    </message>
    <message>
        <source>Export restricted</source>
        <translation>Exportbeschränkt</translation>
    </message>
    <message>
        <source>Usage reporting</source>
        <translation>Nutzungsberichte</translation>
    </message>
    <message>
        <source>Last ACK received</source>
        <translation>Letztes ACK erhalten</translation>
    </message>
    <message>
        <source>Next ACK deadline</source>
        <translation>Nächste ACK-Frist</translation>
    </message>
    <message>
        <source>Reporting push interval</source>
        <translation>Berichtsintervall</translation>
    </message>
    <message>
        <source>0 (no reporting)</source>
        <translation>0 (keine Berichte)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Next report push</source>
        <translation>Nächster Berichtsversand</translation>
    </message>
    <message>
        <source>Last report push</source>
        <translation>Letzter Berichtsversand</translation>
    </message>
    <message>
        <source>Last report file write</source>
        <translation>Letzte Berichtsdatei geschrieben</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Days left at refresh</source>
        <translation>Tage übrig bei Aktualisierung</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Trust code installed</source>
        <translation>Vertrauenscode installiert</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installiert am</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>installed %1</source>
        <translation>installiert %1</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Trust code type</source>
        <translation>Art des Vertrauenscodes</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>CSLU address</source>
        <translation>CSLU-Adresse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>VRF</source>
        <translation>VRF</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Smart Account</source>
        <translation>Smart Account</translation>
    </message>
    <message>
        <source>Virtual Account</source>
        <translation>Virtual Account</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>License reservation enabled</source>
        <translation>Lizenzreservierung aktiviert</translation>
    </message>
    <message>
        <source>Reservation status</source>
        <translation>Reservierungsstatus</translation>
    </message>
    <message>
        <source>Request code</source>
        <translation>Anforderungscode</translation>
    </message>
    <message>
        <source>Last confirmation code</source>
        <translation>Letzter Bestätigungscode</translation>
    </message>
    <message>
        <source>Last return code</source>
        <translation>Letzter Rückgabecode</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Specified license reservations</source>
        <translation>Festgelegte Lizenzreservierungen</translation>
    </message>
    <message>
        <source>%1 reserved</source>
        <translation>%1 reserviert</translation>
    </message>
</context>
<context>
    <name>slp::ui::SnapshotHistoryModel</name>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Last ACK</source>
        <translation>Letztes ACK</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>IOS XR</source>
        <translation>IOS XR</translation>
    </message>
    <message>
        <source>Unread lines</source>
        <translation>Ungelesene Zeilen</translation>
    </message>
</context>
<context>
    <name>slp::ui::TransportDialog</name>
    <message>
        <source>Keep as configured</source>
        <translation>Wie eingerichtet lassen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Configure Transport</source>
        <translation>Transport einrichten</translation>
    </message>
    <message>
        <source>CSLU / SSM On-Prem</source>
        <translation>CSLU / SSM On-Prem</translation>
    </message>
    <message>
        <source>Smart (CSSM directly)</source>
        <translation>Smart (direkt zu CSSM)</translation>
    </message>
    <message>
        <source>Off (offline reporting)</source>
        <translation>Aus (Offline-Meldung)</translation>
    </message>
    <message>
        <source>empty: keep the URL</source>
        <translation>leer: URL beibehalten</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>VRF name, e.g. Mgmt-intf</source>
        <translation>VRF-Name, z. B. Mgmt-intf</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Transport:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>VRF:</source>
        <translation>VRF:</translation>
    </message>
    <message numerus="yes">
        <source>Applies to %n device(s) in one configuration session each; a device whose state does not match afterwards is rolled back.</source>
        <translation>
            <numerusform>Gilt für %n Gerät in je einer Konfigurationssitzung; ein Gerät, dessen Zustand danach nicht passt, wird zurückgesetzt.</numerusform>
            <numerusform>Gilt für %n Geräte in je einer Konfigurationssitzung; ein Gerät, dessen Zustand danach nicht passt, wird zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands sent to each router (in configuration mode, then commit):</source>
        <translation>An jeden Router gesendete Befehle (im Konfigurationsmodus, dann commit):</translation>
    </message>
</context>
<context>
    <name>slp::ui::TrayNotifier</name>
    <message>
        <source>Job finished</source>
        <translation>Job beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded on %n device(s).</source>
        <translation>
            <numerusform>%1 war auf %n Gerät erfolgreich.</numerusform>
            <numerusform>%1 war auf %n Geräten erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was cancelled: %2 of %3 devices done.</source>
        <translation>%1 wurde abgebrochen: %2 von %3 Geräten erledigt.</translation>
    </message>
    <message>
        <source>%1 finished: %2 succeeded, %3 failed.</source>
        <translation>%1 beendet: %2 erfolgreich, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Berichte fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) are overdue or due within 30 days.</source>
        <translation>
            <numerusform>%n Gerät ist überfällig oder innerhalb von 30 Tagen fällig.</numerusform>
            <numerusform>%n Geräte sind überfällig oder innerhalb von 30 Tagen fällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>slp::ui::TrustDialog</name>
    <message>
        <source>Ask CSSM for a new ID token</source>
        <translation>Ein neues ID-Token von CSSM holen</translation>
    </message>
    <message>
        <source>Use this ID token (from the CSSM portal):</source>
        <translation>Dieses ID-Token verwenden (aus dem CSSM-Portal):</translation>
    </message>
    <message>
        <source>Replace an installed trust code (force)</source>
        <translation>Einen installierten Vertrauenscode ersetzen (force)</translation>
    </message>
    <message>
        <source>Establish Trust</source>
        <translation>Vertrauen herstellen</translation>
    </message>
    <message numerus="yes">
        <source>Install a trust code on %n device(s). The router&apos;s clock is checked first; the token is kept in the secret store only.</source>
        <translation>
            <numerusform>Einen Vertrauenscode auf %n Gerät installieren. Zuerst wird die Uhr des Routers geprüft; das Token liegt nur im Geheimnisspeicher.</numerusform>
            <numerusform>Einen Vertrauenscode auf %n Geräten installieren. Zuerst wird die Uhr der Router geprüft; das Token liegt nur im Geheimnisspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>No CSSM is configured (Settings &gt; CSSM).</source>
        <translation>Kein CSSM eingerichtet (Einstellungen &gt; CSSM).</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
</context>
<context>
    <name>slp::ui::UsageTableModel</name>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Durchsetzung</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Entitlement tag</source>
        <translation>Entitlement-Tag</translation>
    </message>
</context>
<context>
    <name>slpconsole</name>
    <message>
        <source>License management console for Cisco IOS XR routers under Smart Licensing Using Policy.</source>
        <translation>Lizenzverwaltungskonsole für Cisco-IOS-XR-Router unter Smart Licensing Using Policy.</translation>
    </message>
    <message>
        <source>Run on the demo lab: simulated routers and a throwaway database.</source>
        <translation>Im Demo-Labor laufen: simulierte Router und eine Wegwerf-Datenbank.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Die Datenbankdatei.</translation>
    </message>
    <message>
        <source>The language (en, de) instead of the system&apos;s.</source>
        <translation>Die Sprache (en, de) statt der des Systems.</translation>
    </message>
    <message>
        <source>With --demo-lab: save screenshots into this folder and quit.</source>
        <translation>Mit --demo-lab: Bildschirmfotos in diesem Ordner speichern und beenden.</translation>
    </message>
    <message>
        <source>Demo lab</source>
        <translation>Demo-Labor</translation>
    </message>
    <message>
        <source>Starting the demo lab...</source>
        <translation>Das Demo-Labor wird gestartet …</translation>
    </message>
    <message>
        <source>Demo Lab</source>
        <translation>Demo-Labor</translation>
    </message>
    <message numerus="yes">
        <source>Demo lab: %n router(s) ready; refreshing them...</source>
        <translation>
            <numerusform>Demo-Labor: %n Router bereit; er wird aktualisiert …</numerusform>
            <numerusform>Demo-Labor: %n Router bereit; sie werden aktualisiert …</numerusform>
        </translation>
    </message>
</context>
</TS>

-- A database as SLP Console schema version 1 left it (frozen copy: never edit, it proves the
-- migration path from version 1 still works). Statements end with ";" at the end of a line.
PRAGMA application_id = 1397510211;
CREATE TABLE credential_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    username TEXT NOT NULL DEFAULT '',
    auth_method TEXT NOT NULL
        CHECK (auth_method IN ('password', 'keyboard-interactive', 'public-key', 'agent')),
    secret_ref TEXT,
    private_key_path TEXT
);
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    hostname TEXT NOT NULL UNIQUE COLLATE NOCASE,
    address TEXT NOT NULL COLLATE NOCASE,
    port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
    username TEXT NOT NULL DEFAULT '',
    credential_ref TEXT REFERENCES credential_profiles(name) ON UPDATE CASCADE ON DELETE RESTRICT,
    tags TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    host_key_fingerprint TEXT,
    last_seen INTEGER,
    last_error TEXT,
    UNIQUE (address, port)
);
CREATE INDEX devices_credential ON devices(credential_ref);
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    taken_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT '{}',
    udi TEXT,
    platform_pid TEXT,
    serial TEXT,
    software_version TEXT,
    transport_type TEXT,
    trust_installed INTEGER,
    last_ack INTEGER,
    next_ack_deadline INTEGER,
    compliance_state TEXT,
    next_due INTEGER,
    due_reason TEXT,
    parse_issue_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX snapshots_device_time ON snapshots(device_id, taken_at);
CREATE TABLE license_usage (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    entitlement_tag TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL DEFAULT 0,
    version TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    license_type TEXT NOT NULL DEFAULT '',
    enforcement TEXT NOT NULL DEFAULT '',
    export_status TEXT NOT NULL DEFAULT ''
);
CREATE INDEX license_usage_snapshot ON license_usage(snapshot_id);
CREATE TABLE raw_outputs (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    command TEXT NOT NULL CHECK (length(command) > 0),
    output TEXT NOT NULL
);
CREATE INDEX raw_outputs_snapshot ON raw_outputs(snapshot_id);
INSERT INTO credential_profiles (id, name, username, auth_method, secret_ref) VALUES (1, 'lab-admin', 'admin', 'password', 'credential/lab-admin');
INSERT INTO credential_profiles (id, name, username, auth_method, private_key_path) VALUES (2, 'noc-key', 'noc', 'public-key', '/home/noc/.ssh/id_ed25519');
INSERT INTO devices (id, hostname, address, port, username, credential_ref, tags, site, last_seen) VALUES (1, 'pe1-fra', '10.1.0.1', 22, '', 'lab-admin', 'core;pe', 'Frankfurt', 1710858059000);
INSERT INTO devices (id, hostname, address, port, username, credential_ref, tags, site, last_seen) VALUES (2, 'pe2-ams', 'pe2.ams.example.net', 830, 'ops', 'noc-key', 'pe', 'Amsterdam', 1710000000000);
INSERT INTO devices (id, hostname, address, port, username, credential_ref) VALUES (3, 'p1-lon', '2001:db8::1', 22, 'admin', NULL);
INSERT INTO snapshots (id, device_id, taken_at, state, udi, software_version, compliance_state) VALUES (1, 1, 1710000000000, '{"old":true}', 'PID:NCS-55A1-24H,SN:FOC2231R0AB', '7.9.2', 'in-compliance');
INSERT INTO snapshots (id, device_id, taken_at, state, udi, software_version, compliance_state) VALUES (2, 2, 1710000000000, '{}', 'PID:ASR-9901,SN:FOC2301ABCD', '7.10.1', 'report-due');
INSERT INTO snapshots (id, device_id, taken_at, state, udi, software_version, compliance_state) VALUES (3, 1, 1710858059000, '{"old":false}', 'PID:NCS-55A1-24H,SN:FOC2231R0AB', '7.11.2', 'in-compliance');
INSERT INTO license_usage (snapshot_id, name, entitlement_tag, count, status) VALUES (3, 'Advanced Network Advantage', 'regid.2021-05.com.cisco.ADV_NETWORK_ADV,1.0_aaa', 2, 'IN USE');
INSERT INTO license_usage (snapshot_id, name, entitlement_tag, count, status) VALUES (3, 'Essentials', 'regid.2021-05.com.cisco.ESSENTIALS,1.0_bbb', 24, 'IN USE');
INSERT INTO raw_outputs (snapshot_id, command, output) VALUES (3, 'show license status', 'Smart Licensing Using Policy:
  Status: ENABLED');
PRAGMA user_version = 1;

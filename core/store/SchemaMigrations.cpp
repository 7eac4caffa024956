#include "SchemaMigrations.h"

namespace slp {

namespace {

// Version 1: the inventory, credential profiles and snapshot history.
SchemaMigration version1()
{
    return {1,
            QStringLiteral("inventory, credential profiles, snapshots"),
            {
                QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::applicationId),
                QStringLiteral(R"(CREATE TABLE credential_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    username TEXT NOT NULL DEFAULT '',
    auth_method TEXT NOT NULL
        CHECK (auth_method IN ('password', 'keyboard-interactive', 'public-key', 'agent')),
    secret_ref TEXT,
    private_key_path TEXT
))"),
                QStringLiteral(R"(CREATE TABLE devices (
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
))"),
                QStringLiteral("CREATE INDEX devices_credential ON devices(credential_ref)"),
                QStringLiteral(R"(CREATE TABLE snapshots (
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
))"),
                QStringLiteral("CREATE INDEX snapshots_device_time ON snapshots(device_id, taken_at)"),
                QStringLiteral(R"(CREATE TABLE license_usage (
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
))"),
                QStringLiteral("CREATE INDEX license_usage_snapshot ON license_usage(snapshot_id)"),
                QStringLiteral(R"(CREATE TABLE raw_outputs (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    command TEXT NOT NULL CHECK (length(command) > 0),
    output TEXT NOT NULL
))"),
                QStringLiteral("CREATE INDEX raw_outputs_snapshot ON raw_outputs(snapshot_id)"),
            }};
}

// Version 2: jobs and their steps (resume after a crash), the audit log, and a maintained
// pointer to each device's latest snapshot so the device table needs no MAX() per row.
SchemaMigration version2()
{
    return {
        2,
        QStringLiteral("jobs, job steps, audit log, latest snapshot pointer"),
        {
            QStringLiteral(R"(CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('pending', 'running', 'succeeded', 'failed', 'cancelled')),
    parameters TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER
))"),
            QStringLiteral("CREATE INDEX jobs_state ON jobs(state)"),
            QStringLiteral(R"(CREATE TABLE job_steps (
    id INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    state TEXT NOT NULL
        CHECK (state IN ('pending', 'running', 'succeeded', 'failed', 'cancelled', 'skipped')),
    attempt INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
))"),
            QStringLiteral("CREATE INDEX job_steps_job ON job_steps(job_id, device_id, step)"),
            QStringLiteral("CREATE INDEX job_steps_device ON job_steps(device_id)"),
            QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
))"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
            QStringLiteral("CREATE INDEX audit_log_device ON audit_log(device_id, at)"),
            QStringLiteral("ALTER TABLE snapshots ADD COLUMN job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX snapshots_job ON snapshots(job_id)"),
            QStringLiteral("ALTER TABLE devices ADD COLUMN latest_snapshot_id INTEGER "
                           "REFERENCES snapshots(id) ON DELETE SET NULL"),
            QStringLiteral(R"(UPDATE devices SET latest_snapshot_id = (
    SELECT s.id FROM snapshots s WHERE s.device_id = devices.id ORDER BY s.taken_at DESC, s.id DESC LIMIT 1))"),
        }};
}

// Version 3: what the licensing flows keep. The report library (RUM reports collected from routers,
// upload bundles for CSSM, ACKs and ACK bundles, policies, SLR code files) with each file's state and
// the bundle it went into; the SLR codes exchanged per device (request, authorization, confirmation,
// return: not secrets, they travel through the CSSM portal by design); and small settings values
// (CSSM endpoint and account, wizard progress) that slpctl and the GUI share through the database.
SchemaMigration version3()
{
    return {3,
            QStringLiteral("report library, device SLR codes, settings"),
            {
                QStringLiteral(R"(CREATE TABLE library_files (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('rum', 'ack', 'policy', 'upload_bundle', 'ack_bundle',
        'slr_authorization', 'slr_request', 'slr_confirmation', 'slr_return')),
    state TEXT NOT NULL CHECK (state IN ('collected', 'bundled', 'sent', 'acknowledged', 'imported', 'failed')),
    device_id INTEGER REFERENCES devices(id) ON DELETE SET NULL,
    udi TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    report_ids TEXT NOT NULL DEFAULT '',
    bundle_id INTEGER REFERENCES library_files(id) ON DELETE SET NULL,
    job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    poll_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE UNIQUE INDEX library_files_content ON library_files(kind, sha256)"),
                QStringLiteral("CREATE INDEX library_files_device ON library_files(device_id, kind, state)"),
                QStringLiteral("CREATE INDEX library_files_bundle ON library_files(bundle_id)"),
                QStringLiteral(R"(CREATE TABLE device_codes (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('request', 'authorization', 'confirmation', 'return')),
    udi TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
))"),
                QStringLiteral("CREATE INDEX device_codes_device ON device_codes(device_id, kind, created_at)"),
                QStringLiteral(R"(CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
))"),
            }};
}

} // namespace

const QList<SchemaMigration> &SchemaMigrations::all()
{
    static const QList<SchemaMigration> migrations {version1(), version2(), version3()};
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace slp

#include "SettingValue.h"

#include "SettingsTable.h"
#include "Store.h"
#include "StoreTasks.h"

namespace slp {

SettingValue::SettingValue(Store &store, QString key)
    : m_store(store)
    , m_key(std::move(key))
{ }

QFuture<StoreResult<QString>> SettingValue::read() const
{
    return storetasks::read<StoreResult<QString>>(m_store.worker(), [key = m_key](StoreSession &session) {
        const StoreResult<QHash<QString, QString>> values = SettingsTable(session).values(key);
        if (!values.ok())
            return StoreResult<QString>::failure(values.error);
        // values() matches a prefix, so longer keys come too; only the exact one is asked for.
        return StoreResult<QString>::success(values.value.value(key));
    });
}

QFuture<StoreError> SettingValue::write(const QString &value) const
{
    return storetasks::write<StoreError>(m_store.worker(), [key = m_key, value](StoreSession &session) {
        return SettingsTable(session).setValues({{key, value}});
    });
}

} // namespace slp

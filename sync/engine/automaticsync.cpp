// SPDX-License-Identifier: GPL-3.0-or-later
#include "automaticsync.h"

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {
const QString enabledKey = u"sync.automatic"_s;
const QString intervalKey = u"sync.interval.minutes"_s;
} // namespace

Result<AutomaticSync> readAutomaticSync(SyncStore &store)
{
    auto enabled = store.value(enabledKey);
    if (!enabled)
        return std::unexpected(enabled.error());
    auto interval = store.value(intervalKey);
    if (!interval)
        return std::unexpected(interval.error());
    AutomaticSync settings;
    settings.enabled = *enabled != u"off";
    const int minutes = interval->toInt();
    if (minutes >= 1 && minutes <= AutomaticSync::maxIntervalMinutes)
        settings.intervalMinutes = minutes;
    return settings;
}

Status writeAutomaticSync(SyncStore &store, const AutomaticSync &settings)
{
    if (settings.intervalMinutes < 0 ||
        settings.intervalMinutes > AutomaticSync::maxIntervalMinutes)
        return fail(Error::Code::InvalidArgument,
                    u"sync every 1 to %1 minutes (a day); %2 is out of range"_s
                        .arg(AutomaticSync::maxIntervalMinutes)
                        .arg(settings.intervalMinutes));
    PES_TRY(store.setValue(enabledKey, settings.enabled ? u"on"_s : u"off"_s));
    return store.setValue(intervalKey, settings.intervalMinutes > 0
                                           ? QString::number(settings.intervalMinutes)
                                           : QString());
}

} // namespace pes::sync

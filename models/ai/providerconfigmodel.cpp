#include "providerconfigmodel.h"

#include <QLocale>

namespace Atelier {

ProviderConfigModel::ProviderConfigModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const ProviderConfig &c) { return c.name; }, {.key = NameRole}, parent)
{
}

ProviderConfigModel::~ProviderConfigModel() = default;

std::span<const ProviderConfigModel::TableColumn> ProviderConfigModel::columnTable()
{
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    static const TableColumn columns[] = {
        {.key = "provider", .header = QT_TR_NOOP("Provider"), .display = [](const ProviderConfig &c) { return ProviderSettings::displayName(c.name); }},
        {.key = "api_key", .header = QT_TR_NOOP("API key"), .display = &ProviderConfigModel::keyText},
        {.key = "base_url",
         .header = QT_TR_NOOP("Base URL"),
         .display = [](const ProviderConfig &c) { return c.name == QLatin1String("offline") ? tr("On this desktop") : c.baseUrl; }},
        {.key = "concurrency",
         .header = QT_TR_NOOP("At once"),
         .display = [](const ProviderConfig &c) { return QLocale().toString(c.concurrency); },
         .alignment = number},
        {.key = "per_minute",
         .header = QT_TR_NOOP("Rate"),
         .display = [](const ProviderConfig &c) { return tr("%1 a minute").arg(QLocale().toString(c.perMinute, 'g', 6)); },
         .alignment = number},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QString ProviderConfigModel::keyText(const ProviderConfig &c)
{
    if (c.name == QLatin1String("offline"))
        return tr("Not needed");
    if (c.hasKey)
        return tr("Stored (encrypted)");
    return c.name == QLatin1String("automatic1111") ? tr("None (optional)") : tr("None");
}

} // namespace Atelier

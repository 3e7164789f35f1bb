#pragma once

#include "ai/providersettings.h"
#include "core/columntablemodel.h"

namespace Atelier {

/// The providers with how each is reached: its key (stored or not, never itself), base URL and limits.
class ProviderConfigModel final : public ColumnTableModel<ProviderConfig>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderConfigModel)
public:
    enum Column { ProviderColumn, KeyColumn, BaseUrlColumn, ConcurrencyColumn, RateColumn, ColumnCount };
    static constexpr int NameRole = Qt::UserRole;

    explicit ProviderConfigModel(QObject *parent = nullptr);
    ~ProviderConfigModel() override;

    /// Whether a key is stored, in a word or two (never the key).
    static QString keyText(const ProviderConfig &config);

private:
    static std::span<const TableColumn> columnTable();
};

} // namespace Atelier

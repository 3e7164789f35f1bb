#pragma once

#include "core/brandservice.h"

#include <QAbstractListModel>

namespace Atelier {

/// The brands a person can choose in the brand selector.
class BrandListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandListModel)
public:
    enum Role { IdRole = Qt::UserRole, SlugRole, IndustryRole };

    explicit BrandListModel(QObject *parent = nullptr);
    void setRows(const QList<Brand> &brands);
    const QList<Brand> &rows() const { return m_brands; }
    int rowOfSlug(const QString &slug) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Brand> m_brands;
};

} // namespace Atelier

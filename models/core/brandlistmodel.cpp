#include "brandlistmodel.h"

namespace Atelier {

BrandListModel::BrandListModel(QObject *parent) : QAbstractListModel(parent) {}

void BrandListModel::setRows(const QList<Brand> &brands)
{
    beginResetModel();
    m_brands = brands;
    endResetModel();
}

int BrandListModel::rowOfSlug(const QString &slug) const
{
    for (int i = 0; i < m_brands.size(); ++i)
        if (m_brands.at(i).slug == slug)
            return i;
    return -1;
}

int BrandListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_brands.size());
}

QVariant BrandListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Brand &brand = m_brands.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return brand.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2, %3)").arg(brand.name, brand.slug, brand.industry);
    case IdRole:
        return brand.id;
    case SlugRole:
        return brand.slug;
    case IndustryRole:
        return brand.industry;
    default:
        return {};
    }
}

QHash<int, QByteArray> BrandListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SlugRole, "slug");
    names.insert(IndustryRole, "industry");
    return names;
}

} // namespace Atelier

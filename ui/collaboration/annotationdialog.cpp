#include "annotationdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Atelier {

std::optional<AnnotationInput> AnnotationDialog::ask(QWidget *parent, const QString &title, const QString &at)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *kind = new QComboBox(&dialog);
    for (const char *k : {"comment", "suggestion", "issue"})
        kind->addItem(kindText(QLatin1String(k)), QLatin1String(k));
    kind->setAccessibleName(tr("Kind of annotation"));
    auto *text = new QPlainTextEdit(&dialog);
    text->setAccessibleName(tr("Annotation text"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    if (!at.isEmpty()) {
        auto *where = new QLabel(at, &dialog); // a chart's category, a breakdown value among them
        where->setTextFormat(Qt::PlainText);
        form->addRow(tr("At:"), where);
    }
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Text:"), text);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return AnnotationInput{kind->currentData().toString(), text->toPlainText().trimmed()};
}

QString AnnotationDialog::kindText(const QString &kind)
{
    if (kind == QLatin1String("issue"))
        return tr("Issue");
    if (kind == QLatin1String("suggestion"))
        return tr("Suggestion");
    return tr("Comment");
}

} // namespace Atelier

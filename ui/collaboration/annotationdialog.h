#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Atelier {

/// What a person gives for a new annotation: its kind (comment, suggestion, issue) and its text.
struct AnnotationInput final
{
    QString kind;
    QString text;
};

/// The one way the console asks for an annotation (a chart's point or an image's area) and names its kinds.
class AnnotationDialog final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationDialog)
public:
    /// Asks for the kind and the text; \a at, when given, says where the annotation goes. Nothing when cancelled.
    /// The text may be empty: the caller says why nothing was added.
    static std::optional<AnnotationInput> ask(QWidget *parent, const QString &title, const QString &at = {});
    /// "Comment", "Suggestion" or "Issue", as people read a kind.
    static QString kindText(const QString &kind);
};

} // namespace Atelier

#include "splittermemory.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QSplitter>

namespace Atelier {

namespace {
const char kWatched[] = "atelierSplitterMemory";

QString stepOf(const QObject *object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    const QObject *parent = object->parent();
    int rank = 0;
    if (parent) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (sibling->metaObject() == object->metaObject())
                ++rank;
        }
    }
    return QString::fromLatin1(object->metaObject()->className()).replace(QLatin1String("::"), QLatin1String(".")) + QLatin1Char('_')
           + QString::number(rank);
}
} // namespace

SplitterMemory::SplitterMemory(QWidget *window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

SplitterMemory::~SplitterMemory() = default;

QString SplitterMemory::keyOf(const QSplitter *splitter, const QWidget *window)
{
    QStringList steps;
    for (const QObject *o = splitter; o && o != window; o = o->parent())
        steps.prepend(stepOf(o));
    return QStringLiteral("ui/splitters/") + steps.join(QLatin1Char('.'));
}

void SplitterMemory::saveAll() const
{
    QSettings settings;
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters)
        if (splitter->property(kWatched).toBool())
            settings.setValue(keyOf(splitter, m_window), splitter->saveState());
}

bool SplitterMemory::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *splitter = qobject_cast<QSplitter *>(watched);
    if (!splitter || splitter->property(kWatched).toBool() || splitter->window() != m_window)
        return false;
    splitter->setProperty(kWatched, true);
    const QString key = keyOf(splitter, m_window);
    const QByteArray state = QSettings().value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    return false;
}

} // namespace Atelier

#include "keyboardpolicy.h"

#include <QApplication>
#include <QEvent>
#include <QTableView>

namespace Atelier {

namespace {

class KeyboardPolicy final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Polish: once per widget, before it is first shown, whichever window or dialog it is in.
        if (event->type() == QEvent::Polish)
            if (auto *table = qobject_cast<QTableView *>(watched))
                table->setTabKeyNavigation(false);
        return false;
    }
};

} // namespace

void installKeyboardPolicy()
{
    static QObject *installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new KeyboardPolicy(qApp); // lives as long as the application
    qApp->installEventFilter(installed);
}

} // namespace Atelier

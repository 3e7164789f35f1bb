#include "studioview.h"

namespace Atelier {

StudioView::StudioView(QWidget *parent) : QWidget(parent) {}
StudioView::~StudioView() = default;

} // namespace Atelier

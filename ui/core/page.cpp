#include "page.h"

namespace Atelier {

Page::Page(QWidget *parent) : QWidget(parent) {}
Page::~Page() = default;

} // namespace Atelier

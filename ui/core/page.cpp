#include "page.h"

namespace Atelier {

Page::Page(QWidget *parent) : StackedPane(parent) {}
Page::~Page() = default;

} // namespace Atelier

/* util.c: the library half of the test project. */
#include "util.h"
int twice(int x) { return 2 * x; }

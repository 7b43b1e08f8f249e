/* util.h: one function, so the build has two objects and a link. */
int twice(int x);

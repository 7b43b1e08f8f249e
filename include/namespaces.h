/*
 * namespaces.h: -e namespace=new, the namespaces a call put a process into, after its
 * result (src/namespaces.c).
 */
#ifndef STRC_NAMESPACES_H
#define STRC_NAMESPACES_H

struct tracee;

/* After the result of a call that ended: " (uts:[4026532242])" when it entered any. */
void namespaces_suffix(struct tracee *t);

#endif

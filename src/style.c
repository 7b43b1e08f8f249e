/*
 * style.c: the style of the call being printed (struct call_style, strc.h). syscall.c
 * decides a call's style once at its entry and names it here while the call prints; the
 * printers and the memory reader consult it, and between calls it is the options' own.
 */
#include "strc.h"

static const struct call_style *style_now;	/* NULL between calls */

const struct call_style *print_style_default(void)
{
	static struct call_style base;

	base.abbrev = 1;
	base.xlat = (unsigned char)opt.xlat_style;
	return &base;
}

const struct call_style *print_style(void)
{
	return style_now ? style_now : print_style_default();
}

void print_style_use(const struct call_style *s)
{
	style_now = s;
}

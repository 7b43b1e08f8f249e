/*
 * style.h: how a call prints (src/style.c), on the tracee's floor: the options and -e
 * abbrev=, verbose=, raw= decide a call's style once when it starts; the printers and the
 * memory reader consult the style of the call being printed, never the options for it.
 */
#ifndef STRC_STYLE_H
#define STRC_STYLE_H

/* -X: how a named constant prints */
enum xlat_style {
	XLAT_ABBREV,	/* its name */
	XLAT_RAW,	/* its number */
	XLAT_VERBOSE,	/* its number, the name in a comment */
};

/*
 * How one call prints, decided once when the call starts (syscall.c) from the options and
 * -e abbrev=, verbose=, raw=, and kept with the call until it ends. The printers consult
 * the style of the call being printed (print_style(), print.h).
 */
struct call_style {
	unsigned char abbrev;	/* structures and arrays cut short (no -v, -e abbrev=) */
	unsigned char terse;	/* outside -e verbose=: structures not read, their address shown */
	unsigned char raw;	/* -e raw=: arguments and return value as plain numbers */
	unsigned char xlat;	/* enum xlat_style (-X) */
};

/* src/style.c: the style of the call being printed, which every printer follows. */
const struct call_style *print_style(void);
void print_style_use(const struct call_style *s);	/* syscall.c; NULL between calls */
const struct call_style *print_style_default(void);	/* the options' */

#endif

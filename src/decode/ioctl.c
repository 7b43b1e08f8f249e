/*
 * ioctl.c: ioctl requests by name, and the arguments of those strace decodes.
 */
#include <linux/fs.h>
#include <string.h>
#include <linux/ioctl.h>
#include <sys/ioctl.h>

#include "decode.h"

/* _IOC(_IOC_READ, 0x54, 0x99, 0x4): how strace spells a request it has no name for. */
static void print_ioc(uint32_t req)
{
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	tprintf("_IOC(%s, %#x, %#x, %#x)", dirs[_IOC_DIR(req) & 3], _IOC_TYPE(req),
		_IOC_NR(req), _IOC_SIZE(req));
}

void print_ioctl_request(uint32_t req)
{
	const char *name = xlat_name(&xlat_ioctl_requests, req);
	const char *alt = xlat_name(&xlat_ioctl_requests_alt, req);

	if (alt)
		tprintf("%s or ", alt);
	if (name)
		tputs(name);
	else if (_IOC_DIR(req) || _IOC_SIZE(req) || _IOC_TYPE(req))
		print_ioc(req);
	else
		tprintf("%#x", req);
}

/* [N]: an int the request reads or writes */
static void print_int_arg(struct tracee *t, uint64_t addr)
{
	int v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

static void print_u64_arg(struct tracee *t, uint64_t addr)
{
	uint64_t v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%" PRIu64 "]", v);
}

static void print_winsize(struct tracee *t, uint64_t addr)
{
	unsigned short w[4];

	if (umove_or_printaddr(t, addr, sizeof(w), w) == 0)
		tprintf("{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}", w[0], w[1], w[2],
			w[3]);
}

/* A multi-bit field of a termios flag word, by name: CR0, CS8, B38400. */
static void print_field(const struct xlat *x, uint32_t v, uint32_t mask, int first)
{
	if (!first)
		tputc('|');
	printxval(x, v & mask, NULL);
}

/* The plain bits after the fields; strace prints nothing at all for none. */
static void print_bits(const struct xlat *x, uint32_t v, int first)
{
	if (!v)
		return;
	if (!first)
		tputc('|');
	printflags(x, v, NULL);
}

/* struct termios as strace prints it: {c_iflag=..., c_oflag=..., c_cflag=..., c_lflag=..., ...} */
static void print_termios(struct tracee *t, uint64_t addr)
{
	unsigned char raw[36];
	uint32_t f[4];

	if (umove_or_printaddr(t, addr, sizeof(raw), raw) < 0)
		return;
	memcpy(f, raw, sizeof(f));
	tputs("{c_iflag=");
	print_bits(&xlat_termios_iflags, f[0], 1);
	tputs(", c_oflag=");
	print_field(&xlat_termios_nldly, f[1], 0400, 1);
	print_field(&xlat_termios_crdly, f[1], 03000, 0);
	print_field(&xlat_termios_tabdly, f[1], 014000, 0);
	print_field(&xlat_termios_bsdly, f[1], 020000, 0);
	print_field(&xlat_termios_vtdly, f[1], 040000, 0);
	print_field(&xlat_termios_ffdly, f[1], 0100000, 0);
	print_bits(&xlat_termios_oflags, f[1] & ~0177400u, 0);
	tputs(", c_cflag=");
	print_field(&xlat_termios_bauds, f[2], 010017, 1);
	if (f[2] & 002003600000u) {
		tputc('|');
		printxval(&xlat_termios_bauds, (f[2] >> 16) & 010017, NULL);
		tputs("<<IBSHIFT");
	}
	print_field(&xlat_termios_csize, f[2], 060, 0);
	print_bits(&xlat_termios_cflags, f[2] & ~(010017u | 060u | 002003600000u), 0);
	tputs(", c_lflag=");
	print_bits(&xlat_termios_lflags, f[3], 1);
	if (!opt.verbose) {
		tputs(", ...}");
		return;
	}
	tputs(", c_line=");
	printxval(&xlat_line_disciplines, raw[16], "N_???");
	tputs(", c_cc=[");
	for (int i = 0; i < 19; i++) {
		const char *name = xlat_name(&xlat_termios_cc, i);

		if (i)
			tputs(", ");
		if (name)
			tprintf("[%s]=", name);
		else
			tprintf("[%d]=", i);
		tprintf(raw[17 + i] ? "%#x" : "%u", raw[17 + i]);
	}
	tputs("]}");
}

/* Requests whose argument strace reads at entry; 1 when handled. */
static int ioctl_entry_arg(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case FIONBIO:
	case FIOASYNC:
	case TIOCSPGRP:
	case TIOCSETD:
	case TIOCSPTLCK:
	case TIOCSCTTY:
	case FICLONE:
		tputs(", ");
		if (req == TIOCSCTTY)
			tprintf("%d", (int)arg);
		else if (req == FICLONE)
			printfd(t, (int)arg);	/* the source file */
		else
			print_int_arg(t, arg);
		return 1;
	case TIOCSWINSZ:
		tputs(", ");
		print_winsize(t, arg);
		return 1;
	case TCSETS:
	case TCSETSW:
	case TCSETSF:
		tputs(", ");
		print_termios(t, arg);
		return 1;
	case FIOCLEX:
	case FIONCLEX:
	case TIOCNOTTY:
	case TIOCEXCL:
	case TIOCNXCL:
	case TIOCSBRK:
	case TIOCCBRK:
	case TIOCVHANGUP:
		return 1;
	}
	return 0;
}

/* Requests that fill in their argument: printed at exit, the address after a failure. */
static int ioctl_exit_arg(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case FIONREAD:
	case TIOCOUTQ:
	case TIOCGPGRP:
	case TIOCGSID:
	case TIOCGETD:
	case TIOCGPTN:
	case TIOCGPTLCK:
	case TIOCGPKT:
	case TIOCGEXCL:
	case TIOCMGET:
	case BLKGETSIZE:
	case BLKSSZGET:
	case BLKPBSZGET:
	case BLKIOMIN:
	case BLKIOOPT:
	case BLKROGET:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else if (req == BLKGETSIZE)
			print_u64_arg(t, arg);
		else
			print_int_arg(t, arg);
		return 1;
	case BLKGETSIZE64:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_u64_arg(t, arg);
		return 1;
	case TIOCGWINSZ:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_winsize(t, arg);
		return 1;
	case TCGETS:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_termios(t, arg);
		return 1;
	}
	return 0;
}

int dec_ioctl(struct tracee *t)
{
	uint32_t req = (uint32_t)arg_ulong(t, 1);
	uint64_t arg = arg_ulong(t, 2);

	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		print_ioctl_request(req);
		return ioctl_entry_arg(t, req, arg) ? DEC_DONE : 0;
	}
	if (ioctl_exit_arg(t, req, arg))
		return 0;
	tprintf(", %#" PRIx64, arg);
	return 0;
}

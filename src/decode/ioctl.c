/*
 * ioctl.c: ioctl requests by name, and the arguments of those strace decodes: terminal,
 * file system, block, loop and a few socket requests (the interface ones are in
 * ioctl_sock.c). The names are data: xlat/ioctl_requests.list (and _alt for codes with
 * several names); xlat/ioctl_noarg.list and ioctl_ptrarg.list say how strace prints the
 * argument of a request it does not decode: not at all, or as an address.
 */
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <linux/random.h>
#include <linux/sockios.h>
#include <stdio.h>
#include <string.h>
#include <linux/ioctl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "decode.h"

/* struct termios2 clashes with the libc termios, so its requests are spelled here */
struct termios2_ {
	unsigned char raw[44];
};
#define TCGETS2_ _IOR('T', 0x2A, struct termios2_)
#define TCSETS2_ _IOW('T', 0x2B, struct termios2_)
#define TCSETSW2_ _IOW('T', 0x2C, struct termios2_)
#define TCSETSF2_ _IOW('T', 0x2D, struct termios2_)

/* _IOC(_IOC_READ, 0x54, 0x99, 0x4): how strace spells a request it has no name for. */
static void print_ioc(uint32_t req)
{
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	unsigned dir = _IOC_DIR(req) & 3;

	tputs("_IOC(");
	if (dir == 3) {	/* two names: each a constant to --color */
		print_const_name(dirs[2]);
		print_flag_sep();
		print_const_name(dirs[1]);
	} else {
		print_const_name(dirs[dir]);
	}
	tprintf(", %#x, %#x, %#x)", _IOC_TYPE(req), _IOC_NR(req), _IOC_SIZE(req));
}

/*
 * Set while the request on a terminal is printed: there a terminal request ('T') is the
 * terminal's, and strace 7.2 names it alone (TCSETS, not "SNDCTL_TMR_START or TCSETS").
 */
static int on_terminal;

/* Set while the names go in a -X verbose comment, where strace leaves unknown parts bare. */
static int names_in_comment;

/* the tty, pty and console drivers' device numbers */
static int is_terminal_fd(struct tracee *t, int fd)
{
	char proc[64];
	struct stat st;
	unsigned maj;

	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", t->pid, fd);
	if (fd < 0 || stat(proc, &st) < 0 || !S_ISCHR(st.st_mode))
		return 0;
	maj = major(st.st_rdev);
	return maj == 4 || maj == 5 || (maj >= 136 && maj <= 143);
}

#define IOC_SIZE_FIELD ((uint32_t)_IOC_SIZEMASK << _IOC_SIZESHIFT)
#define IOC_NR_FIELD ((uint32_t)_IOC_NRMASK << _IOC_NRSHIFT)

/* "EVIOCGNAME(64)": a request whose size is a length; 1 when printed */
static int sized_name(uint32_t req)
{
	const char *name = xlat_name(&xlat_ioctl_sized, req & ~IOC_SIZE_FIELD);

	if (name)
		tprintf("%s(%u)", name, _IOC_SIZE(req));
	return name != NULL;
}

/* The exact names of a code, the one it shares last: "SNDCTL_TMR_STOP or TCSETSW". How many. */
static int exact_names(uint32_t req, int n)
{
	const char *name = xlat_name(&xlat_ioctl_requests, req);
	const struct xlat *alt = &xlat_ioctl_requests_alt;
	unsigned nalt = on_terminal && _IOC_TYPE(req) == 'T' ? 0 : alt->n;

	for (unsigned i = 0; i < nalt; i++)	/* a code can have several other names */
		if (alt->e[i].name && alt->e[i].val == req)
			tprintf(n++ ? " or %s" : "%s", alt->e[i].name);
	if (name)
		tprintf(n++ ? " or %s" : "%s", name);
	return n;
}

static void request_names(uint64_t v)
{
	uint32_t req = (uint32_t)v;
	const char *by_nr = xlat_name(&xlat_ioctl_by_nr, req & ~(IOC_SIZE_FIELD | IOC_NR_FIELD));

	if (by_nr)	/* MIXER_READ(14), and the code's own names after it */
		tprintf("%s(%u)", by_nr, _IOC_NR(req));
	if (exact_names(req, by_nr != NULL) || by_nr)
		return;
	if (!sized_name(req) && !evdev_request_name(req, names_in_comment))
		print_ioc(req);
}

/* -X raw prints the number, -X verbose the number and the names in a comment. */
void print_ioctl_request(uint32_t req)
{
	int styled;

	names_in_comment = 1;
	styled = print_number_styled("%#llx", req, request_names);
	names_in_comment = 0;
	if (!styled)
		request_names(req);
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

/* The plain bits after the fields: after fields, strace prints the '|' even for none. */
static void print_bits(const struct xlat *x, uint32_t v, int first)
{
	if (!first)
		tputc('|');
	if (v)
		printflags(x, v, NULL);
}

/* The three layouts strace prints alike: struct termios, termios2 and the old termio. */
enum termios_kind {
	TERMIOS,
	TERMIOS2,
	TERMIO,
};

static void print_termios_kind(struct tracee *t, uint64_t addr, enum termios_kind kind)
{
	unsigned char raw[44];
	size_t size = kind == TERMIOS ? 36 : kind == TERMIOS2 ? 44 : 17;
	unsigned ncc = kind == TERMIO ? 8 : 19, line = kind == TERMIO ? 8 : 16;
	uint32_t f[4];

	if (umove_or_printaddr(t, addr, size, raw) < 0)
		return;
	for (int i = 0; i < 4; i++) {
		if (kind == TERMIO) {
			uint16_t h;

			memcpy(&h, raw + 2 * i, 2);
			f[i] = h;
		} else {
			memcpy(&f[i], raw + 4 * i, 4);
		}
	}
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
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	tputs(", c_line=");
	printxval(&xlat_line_disciplines, raw[line], "N_???");
	tputs(", c_cc=[");
	for (unsigned i = 0; i < ncc; i++) {
		const char *name = xlat_name(&xlat_termios_cc, i);
		unsigned char c = raw[line + 1 + i];

		if (i)
			tputs(", ");
		if (name)
			tprintf("[%s]=", name);
		else
			tprintf("[%u]=", i);
		tprintf(c ? "%#x" : "%u", c);
	}
	tputc(']');
	if (kind == TERMIOS2) {
		uint32_t sp[2];

		memcpy(sp, raw + 36, sizeof(sp));
		tprintf(", c_ispeed=%u, c_ospeed=%u", sp[0], sp[1]);
	}
	tputc('}');
}

/* struct termios as strace prints it: {c_iflag=..., c_oflag=..., c_cflag=..., c_lflag=..., ...} */
static void print_termios(struct tracee *t, uint64_t addr)
{
	print_termios_kind(t, addr, TERMIOS);
}

/* [TIOCM_DTR|TIOCM_RTS]: modem lines */
static void print_modem_bits(struct tracee *t, uint64_t addr)
{
	uint32_t v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) < 0)
		return;
	tputc('[');
	printflags(&xlat_tiocm_flags, v, NULL);
	tputc(']');
}

/* [FS_APPEND_FL|FS_NOATIME_FL]: chattr's inode flags */
static void print_inode_flags(struct tracee *t, uint64_t addr)
{
	uint32_t v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) < 0)
		return;
	tputc('[');
	printflags(&xlat_fs_inode_flags, v, NULL);
	tputc(']');
}

/* BLKDISCARD's range: [start, length] */
static void print_u64_pair(struct tracee *t, uint64_t addr)
{
	uint64_t v[2];

	if (umove_or_printaddr(t, addr, sizeof(v), v) == 0)
		tprintf("[%" PRIu64 ", %" PRIu64 "]", v[0], v[1]);
}

static void print_fsxattr(struct tracee *t, uint64_t addr)
{
	uint32_t v[5];

	if (umove_or_printaddr(t, addr, sizeof(v), v) < 0)
		return;
	tputs("{fsx_xflags=");
	printflags(&xlat_fs_xflags, v[0], NULL);
	tprintf(", fsx_extsize=%u, fsx_nextents=%u, fsx_projid=%u, fsx_cowextsize=%u}", v[1],
		v[2], v[3], v[4]);
}

/* struct fiemap's head: fm_start, fm_length, fm_flags, fm_mapped_extents, fm_extent_count */
struct fiemap_head {
	uint64_t start, length;
	uint32_t flags, mapped, count, reserved;
};

static void print_fiemap_entry(struct tracee *t, uint64_t addr)
{
	struct fiemap_head h;

	if (umove_or_printaddr(t, addr, sizeof(h), &h) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	tprintf("{fm_start=%" PRIu64 ", fm_length=%" PRIu64 ", fm_flags=", h.start, h.length);
	printflags(&xlat_fiemap_flags, h.flags, NULL);
	tprintf(", fm_extent_count=%u}", h.count);
}

static void print_fiemap_extent(struct tracee *t, const void *elem, void *data)
{
	uint64_t e[7];

	(void)t;
	(void)data;
	memcpy(e, elem, sizeof(e));
	tprintf("{fe_logical=%" PRIu64 ", fe_physical=%" PRIu64 ", fe_length=%" PRIu64
		", fe_flags=", e[0], e[1], e[2]);
	printflags(&xlat_fiemap_extent_flags, (uint32_t)e[5], NULL);
	tputc('}');
}

static void print_fiemap_exit(struct tracee *t, uint64_t addr)
{
	struct fiemap_head h;

	if (!call_memo(t, struct ioctl_memo)->opened || t->err ||
	    umoven(t, addr, sizeof(h), &h) < 0)
		return;
	tputs(" => {fm_flags=");
	printflags(&xlat_fiemap_flags, h.flags, NULL);
	tprintf(", fm_mapped_extents=%u, ", h.mapped);
	if (style_abbrev()) {
		tputs("...}");
		return;
	}
	tputs("fm_extents=");
	print_array(t, addr + sizeof(h), h.mapped, 56, print_fiemap_extent, NULL);
	tputc('}');
}

/* struct loop_info64, the kernel's layout */
struct loop_info64_ {
	uint64_t device, inode, rdevice, offset, sizelimit;
	uint32_t number, encrypt_type, encrypt_key_size, flags;
	unsigned char file_name[64], crypt_name[64], encrypt_key[32];
	uint64_t init[2];
};

static void print_makedev(const char *field, uint64_t dev)
{
	unsigned ma = (unsigned)(((dev >> 32) & 0xfffff000) | ((dev >> 8) & 0xfff));
	unsigned mi = (unsigned)(((dev >> 12) & 0xffffff00) | (dev & 0xff));

	tprintf("%s=makedev(", field);
	tprintf(ma ? "%#x, " : "%u, ", ma);
	tprintf(mi ? "%#x)" : "%u)", mi);
}

static void print_cstr_field(const char *field, const unsigned char *s, size_t max)
{
	tprintf(", %s=", field);
	print_quoted(s, strnlen((const char *)s, max), 0);
}

/* the fields of struct loop_info64, without braces; -v shows all of them */
static void print_loop_info64_fields(const struct loop_info64_ *li)
{
	if (!style_abbrev()) {
		print_makedev("lo_device", li->device);
		tprintf(", lo_inode=%" PRIu64 ", ", li->inode);
		print_makedev("lo_rdevice", li->rdevice);
		tputs(", ");
	}
	tputs("lo_offset=");
	printnum_hex(li->offset);
	if (!style_abbrev()) {
		tprintf(", lo_sizelimit=%" PRIu64, li->sizelimit);
	}
	tprintf(", lo_number=%u", li->number);
	if (!style_abbrev()) {
		tputs(", lo_encrypt_type=");
		printxval(&xlat_loop_crypt_types, li->encrypt_type, NULL);
		tprintf(", lo_encrypt_key_size=%u", li->encrypt_key_size);
	}
	tputs(", lo_flags=");
	printflags(&xlat_loop_flags, li->flags, NULL);
	print_cstr_field("lo_file_name", li->file_name, sizeof(li->file_name));
	if (style_abbrev()) {
		tputs(", ...");
		return;
	}
	print_cstr_field("lo_crypt_name", li->crypt_name, sizeof(li->crypt_name));
	print_cstr_field("lo_encrypt_key", li->encrypt_key, sizeof(li->encrypt_key));
	tputs(", lo_init=[");
	printnum_hex(li->init[0]);
	tputs(", ");
	printnum_hex(li->init[1]);
	tputc(']');
}

static void print_loop_info64(struct tracee *t, uint64_t addr)
{
	struct loop_info64_ li;

	if (umove_or_printaddr(t, addr, sizeof(li), &li) < 0)
		return;
	tputc('{');
	print_loop_info64_fields(&li);
	tputc('}');
}

/* LOOP_CONFIGURE: {fd=3, block_size=0, info={...}} */
static void print_loop_config(struct tracee *t, uint64_t addr)
{
	struct {
		uint32_t fd, block_size;
		struct loop_info64_ info;
	} c;

	if (umove_or_printaddr(t, addr, sizeof(c), &c) < 0)
		return;
	tputs("{fd=");
	printfd(t, (int)c.fd);
	tprintf(", block_size=%u, info={", c.block_size);
	print_loop_info64_fields(&c.info);
	tputs("}}");
}

static void print_ulong_arg(struct tracee *t, uint64_t addr)
{
	uint64_t v = 0;

	if (umove_or_printaddr(t, addr, (size_t)tracee_word_bits(t) / 8, &v) == 0)
		tprintf("[%" PRIu64 "]", v);
}

static void print_u16_arg(struct tracee *t, uint64_t addr)
{
	uint16_t v;

	if (umove_or_printaddr(t, addr, sizeof(v), &v) == 0)
		tprintf("[%u]", v);
}

/* Requests whose argument strace reads at entry: 1 when printed, 2 when more follows. */
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
	case TIOCPKT:
	case FIOSETOWN:
	case SIOCSPGRP:
	case RNDADDTOENTCNT:
	case TCSBRK:
	case TCSBRKP:
		tputs(", ");
		if (req == TIOCSCTTY || req == TCSBRK || req == TCSBRKP || req == FICLONE)
			tprintf("%d", (int)arg);	/* FICLONE's source fd too, never decorated */
		else
			print_int_arg(t, arg);
		return 1;
	case LOOP_SET_FD:
	case LOOP_CHANGE_FD:
		tputs(", ");
		printfd(t, (int)arg);
		return 1;
	case LOOP_CTL_ADD:
	case LOOP_CTL_REMOVE:
	case LOOP_SET_BLOCK_SIZE:
	case LOOP_SET_DIRECT_IO:
	case BLKRASET:
	case BLKFRASET:
		tprintf(", %" PRIu64, arg);
		return 1;
	case TIOCMBIS:
	case TIOCMBIC:
	case TIOCMSET:
		tputs(", ");
		print_modem_bits(t, arg);
		return 1;
	case TCSETS2_:
	case TCSETSW2_:
	case TCSETSF2_:
		tputs(", ");
		print_termios_kind(t, arg, TERMIOS2);
		return 1;
	case TCSETA:
	case TCSETAW:
	case TCSETAF:
		tputs(", ");
		print_termios_kind(t, arg, TERMIO);
		return 1;
	case TIOCSLCKTRMIOS:
		tputs(", ");
		print_termios(t, arg);
		return 1;
	case TCFLSH:
		tputs(", ");
		printxval(&xlat_tcflsh_queues, arg, NULL);
		return 1;
	case TCXONC:
		tputs(", ");
		printxval(&xlat_tcxonc_actions, arg, NULL);
		return 1;
	case TIOCSTI:
		tputs(", ");
		printstr_n(t, arg, 1);
		return 1;
	case FS_IOC_SETFLAGS:
		tputs(", ");
		print_inode_flags(t, arg);
		return 1;
	case FS_IOC_FSSETXATTR:
		tputs(", ");
		print_fsxattr(t, arg);
		return 1;
	case BLKDISCARD:
	case BLKSECDISCARD:
	case BLKZEROOUT:
		tputs(", ");
		print_u64_pair(t, arg);
		return 1;
	case FS_IOC_FIEMAP:
		tputs(", ");
		print_fiemap_entry(t, arg);
		return 2;
	case LOOP_SET_STATUS64:
		tputs(", ");
		print_loop_info64(t, arg);
		return 1;
	case LOOP_CONFIGURE:
		tputs(", ");
		print_loop_config(t, arg);
		return 1;
	case BLKROSET:
	case BLKBSZSET:
		tputs(", ");
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
	case TIOCGEXCL:
	case FIOGETOWN:
	case SIOCGPGRP:
	case SIOCATMARK:
	case RNDGETENTCNT:
	case BLKGETSIZE:
	case BLKRAGET:
	case BLKFRAGET:
	case BLKSSZGET:
	case BLKBSZGET:
	case BLKPBSZGET:
	case BLKIOMIN:
	case BLKIOOPT:
	case BLKROGET:
	case BLKALIGNOFF:
	case BLKDISCARDZEROES:
	case BLKSECTGET:
	case BLKROTATIONAL:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else if (req == BLKGETSIZE || req == BLKRAGET || req == BLKFRAGET)
			print_ulong_arg(t, arg);	/* longs */
		else if (req == BLKSECTGET || req == BLKROTATIONAL)
			print_u16_arg(t, arg);		/* unsigned shorts */
		else
			print_int_arg(t, arg);
		return 1;
	case LOOP_GET_STATUS64:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_loop_info64(t, arg);
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
	case TIOCGLCKTRMIOS:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_termios(t, arg);
		return 1;
	case TCGETS2_:
	case TCGETA:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_termios_kind(t, arg, req == TCGETA ? TERMIO : TERMIOS2);
		return 1;
	case TIOCMGET:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_modem_bits(t, arg);
		return 1;
	case FS_IOC_GETFLAGS:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_inode_flags(t, arg);
		return 1;
	case FS_IOC_FSGETXATTR:
		tputs(", ");
		if (t->err)
			printaddr(arg);
		else
			print_fsxattr(t, arg);
		return 1;
	}
	return 0;
}

/* A request newer than the build's headers, known by its name (the names are data). */
static int is_request(uint32_t req, const char *name)
{
	const char *n = xlat_name(&xlat_ioctl_requests, req);

	return n && !strcmp(n, name);
}

/* struct epoll_params (EPIOCSPARAMS, EPIOCGPARAMS): the poll time in µs, its seconds in a
 * comment; the padding only when it is not zero */
static void print_epoll_params(struct tracee *t, uint64_t arg)
{
	unsigned char b[8];
	uint32_t us;

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	us = get32(b);
	tprintf("{busy_poll_usecs=%u", us);
	if (us && !xlat_raw())
		tprintf(" /* %u.%06u s */", us / 1000000, us % 1000000);
	tprintf(", busy_poll_budget=%u, prefer_busy_poll=", get16(b + 4));
	printnum_hex(b[6]);
	if (b[7]) {
		tputs(", __pad=");
		printnum_hex(b[7]);
	}
	tputc('}');
}

/* Newer requests whose argument strace shows at entry (seccomp notification, epoll, a KVM
 * extension, an MTD file mode): 1 when printed. */
static int ioctl_newer_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	uint64_t id;

	if (is_request(req, "SECCOMP_IOCTL_NOTIF_ID_VALID")) {
		tputs(", ");
		if (umove_or_printaddr(t, arg, sizeof(id), &id) == 0)
			tprintf("[%#" PRIx64 "]", id);
		return 1;
	}
	if (is_request(req, "EPIOCSPARAMS")) {
		tputs(", ");
		print_epoll_params(t, arg);
		return 1;
	}
	if (is_request(req, "KVM_CHECK_EXTENSION") || is_request(req, "MTDFILEMODE")) {
		tputs(", ");	/* a constant, the whole word */
		printxval(is_request(req, "MTDFILEMODE") ? &xlat_mtd_file_modes : &xlat_kvm_caps,
			  arg, NULL);
		return 1;
	}
	if (is_request(req, "SECCOMP_IOCTL_NOTIF_SET_FLAGS")) {
		tputs(", ");
		printflags(&xlat_seccomp_notif_fd_flags, arg, NULL);
		return 1;
	}
	return 0;
}

/* {len=16, uuid="\x..."} and {len=8, name="ext4/vda"}: a length byte, then that many bytes. */
static void print_fs_ident(struct tracee *t, uint64_t arg, const char *field, size_t max,
			   unsigned flags)
{
	unsigned char b[1 + 128];

	if (umove_or_printaddr(t, arg, 1 + max, b) < 0)
		return;
	tprintf("{len=%u, %s=", b[0], field);
	print_quoted(b + 1, b[0] < max ? b[0] : max, flags);
	tputc('}');
}

/* Newer requests that fill in their argument: 1 when printed. */
static int ioctl_newer_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	void (*print)(struct tracee *, uint64_t) = NULL;
	int uuid = is_request(req, "FS_IOC_GETFSUUID");
	int path = is_request(req, "FS_IOC_GETFSSYSFSPATH");

	if (is_request(req, "EPIOCGPARAMS"))
		print = print_epoll_params;
	if (!uuid && !path && !print)
		return 0;
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else if (print)
		print(t, arg);
	else if (uuid)
		print_fs_ident(t, arg, "uuid", 16, QUOTE_FORCE_HEX);
	else
		print_fs_ident(t, arg, "name", 128, 0);
	return 1;
}

/*
 * -v (-e abbrev=none): strace 7.2 hex-dumps the argument of a request it has no decoder
 * for, its type's size of bytes at the pointer: what goes in at entry, what comes back at
 * exit (after a failure too), both joined by " => " for a read-write request.
 */
static int ioctl_dumped(struct tracee *t, uint32_t req)
{
	return !t->style.abbrev && _IOC_DIR(req) != _IOC_NONE && _IOC_SIZE(req) &&
	       !xlat_name(&xlat_ioctl_decoded_types, _IOC_TYPE(req));
}

/* The dump, or the argument as a number when it cannot be read (0 as "0"); 1 if dumped. */
static int ioctl_dump(struct tracee *t, uint32_t req, uint64_t arg)
{
	size_t n = _IOC_SIZE(req) < (unsigned)opt.max_strlen ? _IOC_SIZE(req) : (size_t)opt.max_strlen;
	unsigned char b[64];

	if (!arg || umoven(t, arg, n < sizeof(b) ? n : sizeof(b), b) < 0) {
		tprintf("%#" PRIx64, arg);
		return 0;
	}
	printstr_n_flags(t, arg, _IOC_SIZE(req), QUOTE_FORCE_HEX);
	return 1;
}

/* A read-write request whose argument could not be read at entry adds nothing at exit. */
static int ioctl_dump_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (!(_IOC_DIR(req) & _IOC_WRITE)) {
		/* strace prints an unnamed request's separator at entry, the dump at exit */
		if (xlat_name(&xlat_ioctl_requests, req))
			tputs(", ");
		else
			output_sep_entry();
		return 0;
	}
	tputs(", ");
	if (!ioctl_dump(t, req, arg) || !(_IOC_DIR(req) & _IOC_READ))
		return 1;
	return 2;
}

static void ioctl_dump_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (_IOC_DIR(req) & _IOC_WRITE)
		tputs(" => ");	/* a read-only request's separator came at entry */
	ioctl_dump(t, req, arg);
}

/* The requests whose argument is printed at exit, decoded: 1 when req is one of them. */
static int ioctl_exit_decoded(struct tracee *t, uint32_t req, uint64_t arg)
{
	return ioctl_exit_arg(t, req, arg) || ioctl_newer_exit(t, req, arg) ||
	       ioctl_fam_exit(t, req, arg) || ioctl_evdev_exit(t, req, arg) ||
	       ioctl_hdio_exit(t, req, arg) || ioctl_kd_exit(t, req, arg) ||
	       ioctl_btrfs_exit(t, req, arg) || ioctl_v4l2_exit(t, req, arg);
}

/* An argument no decoder reads: its address, or the number it is. */
static void ioctl_plain_arg(uint32_t req, uint64_t arg)
{
	tputs(", ");
	if (xlat_name(&xlat_ioctl_ptrarg, req))
		printaddr(arg);
	else
		tprintf("%#" PRIx64, arg);
}

/*
 * In those families a request without a direction (VT_ACTIVATE, KVM_CREATE_VM,
 * PERF_EVENT_IOC_ENABLE) has its argument at entry all the same, but nsfs's requests and
 * KVM_RUN, which strace's decoders of those families take at exit.
 */
static int ioctl_entry_in_exit_family(uint32_t req)
{
	const char *family = xlat_name(&xlat_ioctl_exit_types, _IOC_TYPE(req));

	return _IOC_DIR(req) == _IOC_NONE && family && strcmp(family, "IOC_TYPE_NSFS") != 0 &&
	       !is_request(req, "KVM_RUN");
}

/*
 * strace prints at entry an argument it does not decode (--color's reset, and the cut of
 * "<unfinished ...>", come after it), but in the families of ioctl_exit_types. Whether
 * one of strc's exit decoders takes req is learnt by running them with the output muted.
 */
static int ioctl_plain_at_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	int known;

	if (xlat_name(&xlat_ioctl_exit_types, _IOC_TYPE(req)) && !ioctl_entry_in_exit_family(req))
		return 0;
	output_mute();
	known = ioctl_exit_decoded(t, req, arg);
	output_unmute();
	if (known)
		return 0;
	ioctl_plain_arg(req, arg);
	return 1;
}

int dec_ioctl(struct tracee *t)
{
	uint32_t req = (uint32_t)arg_ulong(t, 1);
	uint64_t arg = arg_ulong(t, 2);
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	int r;

	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		on_terminal = is_terminal_fd(t, arg_int(t, 0));
		print_ioctl_request(req);
		on_terminal = 0;
		if (xlat_name(&xlat_ioctl_noarg, req))
			return DEC_DONE;
		m->dumped = ioctl_dumped(t, req);
		if (m->dumped)
			return ioctl_dump_entry(t, req, arg) == 1 ? DEC_DONE : 0;
		r = ioctl_entry_arg(t, req, arg);
		if (!r)
			r = ioctl_newer_entry(t, req, arg);
		if (!r)
			r = ioctl_fam_entry(t, req, arg);
		if (!r)
			r = ioctl_evdev_entry(t, req, arg);
		if (!r)
			r = ioctl_gpio_entry(t, req, arg);
		if (!r)
			r = ioctl_hdio_entry(t, req, arg);
		if (!r)
			r = ioctl_kd_entry(t, req, arg);
		if (!r)
			r = ioctl_ptp_entry(t, req, arg);
		if (!r)
			r = ioctl_btrfs_entry(t, req, arg);
		if (!r)
			r = ioctl_v4l2_entry(t, req, arg);
		if (!r)
			r = ioctl_sock_entry(t, req, arg);
		if (!r)
			r = ioctl_plain_at_entry(t, req, arg);
		m->entry = r;
		return r == 1 ? DEC_DONE : 0;
	}
	if (m->dumped) {
		ioctl_dump_exit(t, req, arg);
		return 0;
	}
	if (m->entry >= 2) {
		if (req == FS_IOC_FIEMAP)
			print_fiemap_exit(t, arg);
		else if ((r = ioctl_v4l2_exit2(t, req, arg)) != 0)
			return r == 2 ? RVAL_STR : 0;	/* VIDIOC_CREATE_BUFS: beside the value */
		else if (!ioctl_fam_exit2(t, req, arg) && !ioctl_gpio_exit(t, req, arg) &&
			 !ioctl_hdio_exit2(t, req, arg) && !ioctl_kd_exit2(t, req, arg) &&
			 !ioctl_ptp_exit(t, req, arg) && !ioctl_btrfs_exit2(t, req, arg))
			ioctl_sock_exit(t, req, arg);
		return 0;
	}
	if (!ioctl_exit_decoded(t, req, arg))
		ioctl_plain_arg(req, arg);
	return 0;
}

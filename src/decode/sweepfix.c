/*
 * sweepfix.c: decoders whose need the every-syscall sweep (tests/progs/sweep.c) showed:
 * syslog, kcmp, quotactl and the key calls' keyring ids, printed as strace prints them.
 */
#include "decode.h"

/* syslog's type: strace prints the number with its name in a comment, in every -X style. */
static void print_syslog_type(int type)
{
	const char *name = xlat_name(&xlat_syslog_actions, (uint32_t)type);

	tprintf("%d /* %s */", type, name ? name : "SYSLOG_ACTION_???");
}

/* the actions that ignore the buffer and its length: strace prints the type alone */
static int syslog_type_only(int type)
{
	return type == 0 || type == 1 || (type >= 5 && type <= 7) || type == 9 || type == 10;
}

/* the actions that fill the buffer: it prints at exit */
static int syslog_reads(int type)
{
	return type >= 2 && type <= 4;
}

int dec_syslog(struct tracee *t)
{
	int type = arg_int(t, 0);

	if (entering(t)) {
		print_syslog_type(type);
		if (syslog_type_only(type))
			return DEC_DONE;
		tputs(", ");
		if (syslog_reads(type))
			return 0;
		printaddr(arg_ulong(t, 1));
		tprintf(", %d", arg_int(t, 2));
		return DEC_DONE;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		printstr_n(t, arg_ulong(t, 1), (uint64_t)t->rval);
	tprintf(", %d", arg_int(t, 2));
	return 0;
}

/* kcmp: the last two arguments mean something for KCMP_FILE and KCMP_EPOLL_TFD only
 * (and an unknown type gets them all, in hex). */
int dec_kcmp(struct tracee *t)
{
	unsigned type = (uint32_t)arg_ulong(t, 2);

	if (exiting(t))
		return 0;
	tprintf("%d, %d, ", arg_int(t, 0), arg_int(t, 1));
	printxval(&xlat_kcmp_types, type, NULL);
	if (type == 0) {	/* KCMP_FILE: two descriptors */
		tputs(", ");
		printfd(t, arg_int(t, 3));
		tputs(", ");
		printfd(t, arg_int(t, 4));
	} else if (type == 7) {	/* KCMP_EPOLL_TFD: a descriptor and a struct kcmp_epoll_slot */
		uint32_t slot[3];

		tputs(", ");
		printfd(t, arg_int(t, 3));
		tputs(", ");
		if (umoven(t, arg_ulong(t, 4), sizeof(slot), slot) < 0)
			printaddr(arg_ulong(t, 4));
		else
			tprintf("{efd=%d, tfd=%d, toff=%u}", (int)slot[0], (int)slot[1], slot[2]);
	} else if (!xlat_name(&xlat_kcmp_types, type)) {
		tprintf(", %#" PRIx64 ", %#" PRIx64, arg_ulong(t, 3), arg_ulong(t, 4));
	}
	return DEC_DONE;
}

/* A keyring id: the special ones (negative) by name. */
static void print_keyring(int id)
{
	const char *name = xlat_name(&xlat_key_spec, (uint64_t)(int64_t)id);

	if (!name || opt.numeric)
		tprintf("%d", id);
	else if (opt.xlat_verbose)
		tprintf("%d /* %s */", id, name);
	else
		tputs(name);
}

int dec_add_key(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	printstr(t, arg_ulong(t, 1));
	tputs(", ");
	printstr_n(t, arg_ulong(t, 2), arg_ulong(t, 3));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 3));
	print_keyring(arg_int(t, 4));
	return DEC_DONE;
}

int dec_request_key(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	printstr(t, arg_ulong(t, 1));
	tputs(", ");
	printstr(t, arg_ulong(t, 2));
	tputs(", ");
	print_keyring(arg_int(t, 3));
	return DEC_DONE;
}

/* QCMD(Q_GETQUOTA, USRQUOTA): quotactl's command and quota type, packed in one int */
static void print_qcmd(uint64_t cmd)
{
	tputs("QCMD(");
	printxval(&xlat_quota_cmds, (uint32_t)cmd >> 8, NULL);
	tputs(", ");
	printxval(&xlat_quota_types, cmd & 0xff, NULL);
	tputc(')');
}

/* The command's own arguments are not decoded: the id prints unsigned, addr as an address. */
static void print_quota_args(struct tracee *t, int first)
{
	uint64_t cmd = (uint32_t)arg_ulong(t, first);

	if (!print_number_styled("%llu", cmd, print_qcmd))	/* -X raw, -X verbose */
		print_qcmd(cmd);
	tputs(", ");
}

int dec_quotactl(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_quota_args(t, 0);
	printpath(t, arg_ulong(t, 1));
	tprintf(", %u, ", (uint32_t)arg_ulong(t, 2));
	printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}

int dec_quotactl_fd(struct tracee *t)
{
	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	print_quota_args(t, 1);
	tprintf("%u, ", (uint32_t)arg_ulong(t, 2));
	printaddr(arg_ulong(t, 3));
	return DEC_DONE;
}

/* fanotify_init's flags: the notification class (two bits) first, by name or as
 * 0xc with a FAN_CLASS_??? comment, then the flags proper. */
static void print_fan_init_flags(uint64_t flags)
{
	uint64_t class = flags & 0xc, rest = flags & ~(uint64_t)0xc;
	const char *name = xlat_name(&xlat_fan_init_flags, class);

	if (name && opt.xlat_verbose)
		tprintf("%#" PRIx64 " /* %s */", class, name);
	else if (name)
		tputs(name);
	else
		tprintf("%#" PRIx64 " /* FAN_CLASS_??? */", class);
	if (rest) {
		tputc('|');
		printflags(&xlat_fan_init_flags, rest, "FAN_???");
	}
}

int dec_fanotify_init(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 0);

	if (exiting(t))
		return RVAL_FD;
	if (opt.numeric) {	/* -X raw: the class and the rest, each a number */
		tprintf("%#" PRIx64, flags & 0xc);
		if (flags & ~(uint64_t)0xc)
			tprintf("|%#" PRIx64, flags & ~(uint64_t)0xc);
	} else {
		print_fan_init_flags(flags);
	}
	tputs(", ");
	print_open_flags((uint32_t)arg_ulong(t, 1));
	return DEC_DONE | RVAL_FD;
}

/* memfd_create's flags: the hugepage size is a log2 in the top six bits, printed as strace
 * 6.1 does (21<<MFD_HUGE_SHIFT) after the flags. -X raw and -X verbose print the number. */
int dec_memfd_create(struct tracee *t)
{
	uint64_t flags = (uint32_t)arg_ulong(t, 1);
	uint64_t huge = flags >> 26, rest = flags & ((1u << 26) - 1);

	if (exiting(t))
		return RVAL_FD;
	printstr(t, arg_ulong(t, 0));
	tputs(", ");
	if (opt.numeric || opt.xlat_verbose || !huge) {
		printflags(&xlat_memfd_flags, flags, xlat_unknown_text(&xlat_memfd_flags));
		return DEC_DONE | RVAL_FD;
	}
	if (rest) {
		printflags(&xlat_memfd_flags, rest, xlat_unknown_text(&xlat_memfd_flags));
		tputc('|');
	}
	tprintf("%" PRIu64 "<<MFD_HUGE_SHIFT", huge);
	return DEC_DONE | RVAL_FD;
}

/*
 * mount.c: decoders for the container and mount calls where the generic printer is not
 * enough: mount ignores its type argument for remounts, binds and moves; flag arguments
 * with no known bit print a PREFIX_??? comment; fsconfig and mount_setattr of the new mount
 * API print what their arguments point to.
 */
#include <inttypes.h>
#include <sys/mount.h>
#include <linux/mount.h>

#include "decode.h"

/* The kernel reads no type for these: strace prints the pointer. */
static int mount_ignores_type(uint64_t flags)
{
	return (flags & (MS_REMOUNT | MS_BIND | MS_MOVE)) != 0;
}

int dec_mount(struct tracee *t)
{
	uint64_t flags = arg_ulong(t, 3);

	if (exiting(t))
		return 0;
	printpath(t, arg_ulong(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	if (mount_ignores_type(flags))
		printaddr(arg_ulong(t, 2));
	else
		printstr(t, arg_ulong(t, 2));
	tputs(", ");
	printflags(&xlat_mount_flags, flags, "MS_???");
	tputs(", ");
	printstr(t, arg_ulong(t, 4));
	return DEC_DONE;
}

/* The value argument of fsconfig: what it points to depends on the command. */
static void print_fsconfig_value(struct tracee *t, unsigned cmd, uint64_t value, int aux)
{
	switch (cmd) {
	case FSCONFIG_SET_STRING:
		return printstr(t, value);
	case FSCONFIG_SET_BINARY:
		if (aux < 0)
			return printaddr(value);
		return printstr_n_flags(t, value, (uint64_t)aux, QUOTE_FORCE_HEX);
	case FSCONFIG_SET_PATH:
	case FSCONFIG_SET_PATH_EMPTY:
		return printpath(t, value);
	}
	printaddr(value);
}

static void print_fsconfig_aux(struct tracee *t, unsigned cmd, int aux)
{
	if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY)
		print_dirfd(t, aux);
	else if (cmd == FSCONFIG_SET_FD)
		printfd(t, aux);
	else
		tprintf("%d", aux);
}

int dec_fsconfig(struct tracee *t)
{
	unsigned cmd = (unsigned)arg_int(t, 1);
	int aux = arg_int(t, 4);

	if (exiting(t))
		return 0;
	printfd(t, arg_int(t, 0));
	tputs(", ");
	printxval(&xlat_fsconfig_cmds, cmd, "FSCONFIG_???");
	tputs(", ");
	/* Only the FSCONFIG_SET_* commands take a key. */
	if (cmd <= FSCONFIG_SET_FD)
		printstr(t, arg_ulong(t, 2));
	else
		printaddr(arg_ulong(t, 2));
	tputs(", ");
	print_fsconfig_value(t, cmd, arg_ulong(t, 3), aux);
	tputs(", ");
	print_fsconfig_aux(t, cmd, aux);
	return DEC_DONE;
}

/* struct mount_attr, version 0 (32 bytes): anything shorter prints as its address. */
static void print_mount_attr(struct tracee *t, uint64_t addr, uint64_t size)
{
	uint64_t a[4];

	if (size < sizeof(a)) {
		printaddr(addr);
		return;
	}
	if (umove_or_printaddr(t, addr, sizeof(a), a) < 0)
		return;
	tputs("{attr_set=");
	printflags(&xlat_mount_setattr_attr_flags, a[0], "MOUNT_ATTR_???");
	tputs(", attr_clr=");
	printflags(&xlat_mount_setattr_attr_flags, a[1], "MOUNT_ATTR_???");
	tputs(", propagation=");
	printxval(&xlat_mount_propagation, a[2], "MS_???");
	tprintf(", userns_fd=%" PRIu64, a[3]);
	print_struct_tail(t, addr, sizeof(a), size);
	tputc('}');
}

int dec_mount_setattr(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	printflags(&xlat_mount_setattr_flags, (unsigned)arg_ulong(t, 2), "AT_???");
	tputs(", ");
	print_mount_attr(t, arg_ulong(t, 3), arg_ulong(t, 4));
	tprintf(", %" PRIu64, arg_ulong(t, 4));
	return DEC_DONE;
}

/*
 * ioctl_btrfs.c: a part of btrfs's requests (BTRFS_IOC_*) as strace prints them: the
 * volume arguments (a descriptor and a name, or the v2 form with flags), the subvolume
 * flags, the transaction ids, quota and qgroup commands, balance control. The other btrfs
 * requests print their argument's address, as before. Names are data (xlat/btrfs_*.list).
 */
#include <linux/btrfs.h>
#include <string.h>

#include "decode.h"

#define VOL_NAME_MAX 4088	/* struct btrfs_ioctl_vol_args's name */
#define VOL2_NAME_MAX 4040	/* struct btrfs_ioctl_vol_args_v2's name */

/* a C string in a fixed array: without its NUL there, all but the last byte and "..." */
static void print_name(const unsigned char *s, size_t max)
{
	size_t n = strnlen((const char *)s, max);

	tputs("name=");
	print_quoted(s, n < max ? n : max - 1, n < max ? 0 : QUOTE_ELLIPSIS);
}

/* struct btrfs_ioctl_vol_args: {fd=3, name="..."} */
static void print_vol_args(struct tracee *t, uint64_t arg)
{
	static unsigned char b[8 + VOL_NAME_MAX];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tprintf("{fd=%" PRId64 ", ", (int64_t)get64(b));
	print_name(b + 8, VOL_NAME_MAX);
	tputc('}');
}

/* struct btrfs_ioctl_vol_args_v2: fd@0, transid@8, flags@16, size@24, qgroup_inherit@32,
 * name@56 */
static int print_vol_args_v2(struct tracee *t, uint64_t arg)
{
	static unsigned char b[56 + VOL2_NAME_MAX];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return -1;
	tprintf("{fd=%" PRId64 ", flags=", (int64_t)get64(b));
	printflags(&xlat_btrfs_subvol_flags, get64(b + 16), NULL);
	tprintf(", size=%" PRIu64 ", qgroup_inherit=", get64(b + 24));
	printaddr(get64(b + 32));
	tputs(", ");
	print_name(b + 56, VOL2_NAME_MAX);
	tputc('}');
	return 0;
}

/* a u64 the caller passes: [5], NULL when there is none */
static void print_u64_in(struct tracee *t, uint64_t arg)
{
	uint64_t v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) == 0)
		tprintf("[%" PRIu64 "]", v);
}

static void print_subvol_flags(struct tracee *t, uint64_t arg)
{
	uint64_t v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) == 0)
		printflags(&xlat_btrfs_subvol_flags, v, NULL);
}

/* Entry: 1 when printed, 2 when the exit adds to it. */
int ioctl_btrfs_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	uint64_t v[3];

	switch (req) {
	case BTRFS_IOC_ADD_DEV:
	case BTRFS_IOC_RM_DEV:
	case BTRFS_IOC_SNAP_CREATE:
	case BTRFS_IOC_SNAP_DESTROY:
	case BTRFS_IOC_RESIZE:
	case BTRFS_IOC_SCAN_DEV:
	case BTRFS_IOC_FORGET_DEV:
	case BTRFS_IOC_DEVICES_READY:
	case BTRFS_IOC_SUBVOL_CREATE:
		tputs(", ");
		print_vol_args(t, arg);
		return 1;
	case BTRFS_IOC_SNAP_CREATE_V2:
	case BTRFS_IOC_SUBVOL_CREATE_V2:
		tputs(", ");
		if (print_vol_args_v2(t, arg) == 0)
			call_memo(t, struct ioctl_memo)->opened = 1;
		return 2;
	case BTRFS_IOC_DEFAULT_SUBVOL:
	case BTRFS_IOC_WAIT_SYNC:
		tputs(", ");
		print_u64_in(t, arg);
		return 1;
	case BTRFS_IOC_SUBVOL_SETFLAGS:
		tputs(", ");
		print_subvol_flags(t, arg);
		return 1;
	case BTRFS_IOC_BALANCE_CTL:
		tputs(", ");
		printxval(&xlat_btrfs_balance_ctl, (uint32_t)arg, NULL);
		return 1;
	case BTRFS_IOC_QUOTA_CTL:
		tputs(", ");
		if (umove_or_printaddr(t, arg, sizeof(v[0]), v) < 0)
			return 1;
		tputs("{cmd=");
		printxval(&xlat_btrfs_quota_ctl, v[0], NULL);
		tputc('}');
		return 1;
	case BTRFS_IOC_QUOTA_RESCAN:
		tputs(", ");
		if (umove_or_printaddr(t, arg, sizeof(v[0]), v) == 0)
			tprintf("{flags=%" PRIu64 "}", v[0]);
		return 1;
	case BTRFS_IOC_QGROUP_ASSIGN:
		tputs(", ");
		if (umove_or_printaddr(t, arg, sizeof(v), v) == 0)
			tprintf("{assign=%" PRIu64 ", src=%" PRIu64 ", dst=%" PRIu64 "}", v[0], v[1],
				v[2]);
		return 1;
	case BTRFS_IOC_QGROUP_CREATE:
		tputs(", ");
		if (umove_or_printaddr(t, arg, 2 * sizeof(v[0]), v) == 0)
			tprintf("{create=%" PRIu64 ", qgroupid=%" PRIu64 "}", v[0], v[1]);
		return 1;
	}
	return 0;
}

int ioctl_btrfs_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	uint64_t transid;

	if (req != BTRFS_IOC_SNAP_CREATE_V2 && req != BTRFS_IOC_SUBVOL_CREATE_V2)
		return 0;
	if (call_memo(t, struct ioctl_memo)->opened && !t->err &&
	    umoven(t, arg + 8, sizeof(transid), &transid) == 0)
		tprintf(" => {transid=%" PRIu64 "}", transid);
	return 1;
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_btrfs_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (req != BTRFS_IOC_SUBVOL_GETFLAGS && req != BTRFS_IOC_START_SYNC)
		return 0;
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else if (req == BTRFS_IOC_START_SYNC)
		print_u64_in(t, arg);
	else
		print_subvol_flags(t, arg);
	return 1;
}

/*
 * mount.c: decoders for the container and mount calls where the generic printer is not
 * enough: mount ignores its type argument for remounts, binds and moves; flag arguments
 * with no known bit print a PREFIX_??? comment; fsconfig, mount_setattr and open_tree_attr
 * of the new mount API print what their arguments point to; statmount and listmount their
 * struct mnt_id_req and what they return; listns its struct ns_id_req.
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
	/* a descriptor only when an id mapping is set or cleared (else the kernel ignores
	 * it) and the number can be one */
	if (((a[0] | a[1]) & MOUNT_ATTR_IDMAP) && a[3] <= INT32_MAX) {
		tputs(", userns_fd=");
		printfd(t, (int)a[3]);
	} else {
		tprintf(", userns_fd=%" PRIu64, a[3]);
	}
	print_extra_bytes(t, addr, sizeof(a), size);
	tputc('}');
}

/* mount_setattr and open_tree_attr: (dirfd, path, flags, struct mount_attr *, size) */
static int dec_path_mount_attr(struct tracee *t, const struct xlat *flags, const char *dflt)
{
	if (exiting(t))
		return 0;
	print_dirfd(t, arg_int(t, 0));
	tputs(", ");
	printpath(t, arg_ulong(t, 1));
	tputs(", ");
	printflags(flags, (unsigned)arg_ulong(t, 2), dflt);
	tputs(", ");
	print_mount_attr(t, arg_ulong(t, 3), arg_ulong(t, 4));
	tprintf(", %" PRIu64, arg_ulong(t, 4));
	return DEC_DONE;
}

int dec_mount_setattr(struct tracee *t)
{
	return dec_path_mount_attr(t, &xlat_mount_setattr_flags, "AT_???");
}

int dec_open_tree_attr(struct tracee *t)
{
	return dec_path_mount_attr(t, &xlat_open_tree_flags, "OPEN_TREE_???");
}

/*
 * The extensible request structs (struct mnt_id_req, struct ns_id_req) open with their
 * size: a size below the first version's shows alone, a struct that cannot be read in
 * full as "???", and bytes past the fields strace knows, when not zero, in hex.
 * ext_struct_open reads the struct into buf (known bytes at most) and returns 0 when its
 * fields are to be printed.
 */
static int ext_struct_open(struct tracee *t, uint64_t addr, unsigned ver0, unsigned known,
			   unsigned char *buf, uint32_t *size)
{
	if (umove_or_printaddr(t, addr, 4, size) < 0)
		return -1;
	tprintf("{size=%u", *size);
	if (*size < ver0) {
		tputc('}');
		return -1;
	}
	if (umoven(t, addr, *size < known ? *size : known, buf) < 0) {
		tputs(", ???}");
		return -1;
	}
	return 0;
}

static void ext_struct_close(struct tracee *t, uint64_t addr, unsigned known, uint32_t size)
{
	print_extra_bytes(t, addr, known, size);
	tputc('}');
}

/* struct mnt_id_req: 24 bytes in its first version, 32 with mnt_ns_id. */
enum { MNT_ID_REQ_VER0 = 24, MNT_ID_REQ_SIZE = 32 };

static void print_mnt_id_req(struct tracee *t, uint64_t addr, const struct xlat *param)
{
	unsigned char b[MNT_ID_REQ_SIZE] = { 0 };
	uint32_t size;

	if (ext_struct_open(t, addr, MNT_ID_REQ_VER0, sizeof(b), b, &size) < 0)
		return;
	tputs(", mnt_ns_fd=");
	printfd(t, (int32_t)get32(b + 4));
	tputs(", mnt_id=");
	print_xval_or_number(&xlat_listmount_ids, get64(b + 8), "%#llx");
	tputs(", param=");
	if (param)
		printflags(param, get64(b + 16), "STATMOUNT_???");
	else
		printnum_hex(get64(b + 16));
	if (size >= MNT_ID_REQ_SIZE) {
		tputs(", mnt_ns_id=");
		printnum_hex(get64(b + 24));
	}
	ext_struct_close(t, addr, sizeof(b), size);
}

static void print_mnt_id_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	printnum_hex(get64(elem));
}

int dec_listmount(struct tracee *t)
{
	uint64_t ids = arg_ulong(t, 1), n = arg_ulong(t, 2);

	if (entering(t)) {
		print_mnt_id_req(t, arg_ulong(t, 0), NULL);
		tputs(", ");
		return 0;
	}
	if (t->err && ids && n)
		printaddr(ids);
	else
		print_array(t, ids, t->err ? n : (uint64_t)t->rval, 8, print_mnt_id_elem, NULL);
	tprintf(", %" PRIu64 ", ", n);
	printflags(&xlat_listmount_flags, (uint32_t)arg_ulong(t, 3), "LISTMOUNT_???");
	return 0;
}

/* struct statmount: 512 bytes of fields, then the strings their offsets point into. The
 * mask says which fields the kernel wrote (statmount_mask.list names the bits). */
enum { STATMOUNT_HEAD = 512 };
enum {
	SM_SB_BASIC = 0x1, SM_MNT_BASIC = 0x2, SM_PROPAGATE_FROM = 0x4, SM_MNT_ROOT = 0x8,
	SM_MNT_POINT = 0x10, SM_FS_TYPE = 0x20, SM_MNT_NS_ID = 0x40, SM_MNT_OPTS = 0x80,
	SM_FS_SUBTYPE = 0x100, SM_SB_SOURCE = 0x200, SM_OPT_ARRAY = 0x400,
	SM_OPT_SEC_ARRAY = 0x800, SM_SUPPORTED_MASK = 0x1000, SM_MNT_UIDMAP = 0x2000,
	SM_MNT_GIDMAP = 0x4000,
};

/* A string of struct statmount: an offset into the strings after the fields. */
static void print_sm_str(struct tracee *t, uint64_t addr, const char *name, uint32_t off)
{
	tprintf(", %s=", name);
	printpath(t, addr + STATMOUNT_HEAD + off);	/* not cut by -s, as strace has it */
}

/* A string array of struct statmount: n strings one after the other, from the offset. */
static void print_sm_strs(struct tracee *t, uint64_t addr, const char *num, const char *name,
			  uint32_t n, uint32_t off)
{
	char s[4096];
	uint64_t at = addr + STATMOUNT_HEAD + off;
	long len;

	tprintf(", %s=%u, %s=[", num, n, name);
	for (uint32_t i = 0; i < n; i++) {
		tputs(i ? ", " : "");
		if (style_abbrev() && i >= (uint32_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		printpath(t, at);
		len = umovestr(t, at, sizeof(s), s);
		if (len < 0 || len == (long)sizeof(s))
			break;
		at += len + 1;
	}
	tputc(']');
}

static void print_sm_basic(const unsigned char *b)
{
	tprintf(", sb_dev_major=%u, sb_dev_minor=%u, sb_magic=", get32(b + 16), get32(b + 20));
	printxval(&xlat_fs_magics, get64(b + 24), NULL);
	tputs(", sb_flags=");
	printflags(&xlat_mount_flags, get32(b + 32), "MS_???");	/* SB_* share MS_*'s bits */
}

static void print_sm_mnt_basic(const unsigned char *b)
{
	tputs(", mnt_id=");
	printnum_hex(get64(b + 40));
	tputs(", mnt_parent_id=");
	printnum_hex(get64(b + 48));
	tputs(", mnt_id_old=");
	printnum_hex(get32(b + 56));
	tputs(", mnt_parent_id_old=");
	printnum_hex(get32(b + 60));
	tputs(", mnt_attr=");
	printflags(&xlat_mount_setattr_attr_flags, get64(b + 64), "MOUNT_ATTR_???");
	tputs(", mnt_propagation=");
	printflags(&xlat_mount_propagation, get64(b + 72), "MS_???");
	tputs(", mnt_peer_group=");
	printnum_hex(get64(b + 80));
	tputs(", mnt_master=");
	printnum_hex(get64(b + 88));
}

/* The parts of struct statmount after its mask, in the struct's order: the mask bit that
 * says the kernel wrote the part, how to print it, and where its values are. */
enum sm_kind { SM_K_SB_BASIC, SM_K_MNT_BASIC, SM_K_STR, SM_K_STRS, SM_K_HEX, SM_K_MASK };

struct sm_part {
	uint64_t bit;
	enum sm_kind kind;
	const char *name;
	unsigned short off;	/* of the value; of the offset for strings */
	const char *num;	/* SM_K_STRS: the count's name, */
	unsigned short num_off;	/* and its place */
};

static const struct sm_part sm_parts[] = {
	{ SM_SB_BASIC, SM_K_SB_BASIC, NULL, 0, NULL, 0 },
	{ SM_FS_TYPE, SM_K_STR, "fs_type", 36, NULL, 0 },
	{ SM_MNT_BASIC, SM_K_MNT_BASIC, NULL, 0, NULL, 0 },
	{ SM_PROPAGATE_FROM, SM_K_HEX, "propagate_from", 96, NULL, 0 },
	{ SM_MNT_ROOT, SM_K_STR, "mnt_root", 104, NULL, 0 },
	{ SM_MNT_POINT, SM_K_STR, "mnt_point", 108, NULL, 0 },
	{ SM_MNT_NS_ID, SM_K_HEX, "mnt_ns_id", 112, NULL, 0 },
	{ SM_FS_SUBTYPE, SM_K_STR, "fs_subtype", 120, NULL, 0 },
	{ SM_SB_SOURCE, SM_K_STR, "sb_source", 124, NULL, 0 },
	{ SM_OPT_ARRAY, SM_K_STRS, "opt_array", 132, "opt_num", 128 },
	{ SM_OPT_SEC_ARRAY, SM_K_STRS, "opt_sec_array", 140, "opt_sec_num", 136 },
	{ SM_SUPPORTED_MASK, SM_K_MASK, "supported_mask", 144, NULL, 0 },
	{ SM_MNT_UIDMAP, SM_K_STRS, "mnt_uidmap", 156, "mnt_uidmap_num", 152 },
	{ SM_MNT_GIDMAP, SM_K_STRS, "mnt_gidmap", 164, "mnt_gidmap_num", 160 },
};

static void print_sm_part(struct tracee *t, uint64_t addr, const unsigned char *b,
			  const struct sm_part *p)
{
	switch (p->kind) {
	case SM_K_SB_BASIC:
		print_sm_basic(b);
		break;
	case SM_K_MNT_BASIC:
		print_sm_mnt_basic(b);
		break;
	case SM_K_STR:
		print_sm_str(t, addr, p->name, get32(b + p->off));
		break;
	case SM_K_STRS:
		print_sm_strs(t, addr, p->num, p->name, get32(b + p->num_off), get32(b + p->off));
		break;
	case SM_K_HEX:
		tprintf(", %s=", p->name);
		printnum_hex(get64(b + p->off));
		break;
	case SM_K_MASK:
		tprintf(", %s=", p->name);
		printflags(&xlat_statmount_mask, get64(b + p->off), "STATMOUNT_???");
		break;
	}
}

/* The parts the mask says the kernel wrote; mnt_opts, whose offset sits before the mask,
 * comes first, as strace prints it. */
static void print_statmount(struct tracee *t, uint64_t addr)
{
	unsigned char b[STATMOUNT_HEAD];
	uint64_t mask;

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	mask = get64(b + 8);
	tprintf("{size=%u", get32(b));
	if (mask & SM_MNT_OPTS)
		print_sm_str(t, addr, "mnt_opts", get32(b + 4));
	tputs(", mask=");
	printflags(&xlat_statmount_mask, mask, "STATMOUNT_???");
	for (size_t i = 0; i < sizeof(sm_parts) / sizeof(sm_parts[0]); i++)
		if (mask & sm_parts[i].bit)
			print_sm_part(t, addr, b, &sm_parts[i]);
	tputc('}');
}

int dec_statmount(struct tracee *t)
{
	if (entering(t)) {
		print_mnt_id_req(t, arg_ulong(t, 0), &xlat_statmount_mask);
		tputs(", ");
		return 0;
	}
	if (t->err)
		printaddr(arg_ulong(t, 1));
	else
		print_statmount(t, arg_ulong(t, 1));
	tprintf(", %" PRIu64 ", ", arg_ulong(t, 2));
	printflags(&xlat_statmount_flags, (uint32_t)arg_ulong(t, 3), "STATMOUNT_???");
	return 0;
}

/* struct ns_id_req: 32 bytes; its two spare words show when they are not zero. */
enum { NS_ID_REQ_SIZE = 32 };

static void print_ns_id_req(struct tracee *t, uint64_t addr)
{
	unsigned char b[NS_ID_REQ_SIZE];
	uint32_t size;

	if (ext_struct_open(t, addr, NS_ID_REQ_SIZE, sizeof(b), b, &size) < 0)
		return;
	if (get32(b + 4))
		tprintf(", spare=%#x", get32(b + 4));
	tputs(", ns_id=");
	printnum_hex(get64(b + 8));
	tputs(", ns_type=");
	printflags(&xlat_listns_types, get32(b + 16), NULL);
	if (get32(b + 20))
		tprintf(", spare2=%#x", get32(b + 20));
	tputs(", user_ns_id=");
	printnum_hex(get64(b + 24));
	ext_struct_close(t, addr, sizeof(b), size);
}

int dec_listns(struct tracee *t)
{
	uint64_t ids = arg_ulong(t, 1), n = arg_ulong(t, 2);

	if (entering(t)) {
		print_ns_id_req(t, arg_ulong(t, 0));
		tputs(", ");
		return 0;
	}
	if (t->err && ids && n)
		printaddr(ids);
	else
		print_array(t, ids, t->err ? n : (uint64_t)t->rval, 8, print_mnt_id_elem, NULL);
	tprintf(", %" PRIu64 ", %#x", n, (unsigned)arg_ulong(t, 3));
	return 0;
}

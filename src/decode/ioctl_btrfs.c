/*
 * ioctl_btrfs.c: btrfs's requests (BTRFS_IOC_*) as strace 7.2 prints them: what the caller
 * passes at entry (search keys, scrub, balance and device replace commands, send, defrag,
 * received subvolumes, the volume arguments), and at exit what the kernel filled in (search
 * results under -v, scrub progress, device and file system information, features, space
 * info, inode paths). The requests strace leaves undecoded (INO_LOOKUP_USER, LOGICAL_INO_V2,
 * RM_DEV_V2, SNAP_DESTROY_V2, GET_SUBVOL_INFO/ROOTREF, ENCODED_*) print their address.
 * Names are data (xlat/btrfs_*.list).
 */
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <string.h>

#include "decode.h"
#include "util.h"

#define VOL_NAME_MAX 4088	/* struct btrfs_ioctl_vol_args's name */
#define VOL2_NAME_MAX 4040	/* struct btrfs_ioctl_vol_args_v2's name */
#define SEARCH_KEY_SIZE sizeof(struct btrfs_ioctl_search_key)
#define SEARCH_HEADER_SIZE sizeof(struct btrfs_ioctl_search_header)
#define DEV_STATS_MAX 5		/* the counters struct btrfs_ioctl_get_dev_stats holds */

/* struct btrfs_ioctl_search_args_v2 without its flexible buffer */
struct search_head {
	struct btrfs_ioctl_search_key key;
	uint64_t buf_size;
};

/* a C string in a fixed array: without its NUL there, all but the last byte and "..." */
static void print_fixed_str(const char *field, const unsigned char *s, size_t max)
{
	size_t n = strnlen((const char *)s, max);

	tprintf("%s=", field);
	print_quoted(s, n < max ? n : max - 1, n < max ? 0 : QUOTE_ELLIPSIS);
}

/* A number that may have a name in x: the name (-X verbose: the number, then the name),
 * else the number in decimal, with no comment. */
static void print_named_u64(const struct xlat *x, uint64_t v)
{
	const char *name = xlat_name(x, v);

	if (!name || xlat_raw())
		tprintf("%" PRIu64, v);
	else if (xlat_verbose())
		tprintf("%" PRIu64 " /* %s */", v, name);
	else
		print_const_name(name);
}

static void print_objectid(const char *field, uint64_t v)
{
	tprintf("%s=", field);
	print_named_u64(&xlat_btrfs_objectids, v);
}

/* a u64 that is named only when all its bits are set */
static void print_u64_max(const char *field, uint64_t v)
{
	tprintf("%s=", field);
	print_named_u64(&xlat_uint64_max, v);
}

static void print_flags_field(const char *field, const struct xlat *x, uint64_t v)
{
	tprintf("%s=", field);
	printflags(x, v, NULL);
}

static void print_xval_field(const char *field, const struct xlat *x, uint64_t v)
{
	tprintf("%s=", field);
	printxval(x, v, NULL);
}

/* 01020304-0506-0708-090a-0b0c0d0e0f10 */
static void print_uuid(const char *field, const unsigned char *u)
{
	tprintf("%s=", field);
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			tputc('-');
		tprintf("%02x", u[i]);
	}
}

static int uuid_is_zero(const unsigned char *u)
{
	for (int i = 0; i < 16; i++)
		if (u[i])
			return 0;
	return 1;
}

/* {sec=1, nsec=5} and its date, when the time is set and the nanoseconds are valid */
static void print_btrfs_time(const char *field, const struct btrfs_ioctl_timespec *ts)
{
	tprintf("%s={sec=%" PRIu64 ", nsec=%u}", field, (uint64_t)ts->sec, ts->nsec);
	if ((ts->sec || ts->nsec) && ts->nsec < 1000000000)
		print_date_comment((int64_t)ts->sec, ts->nsec, 9);
}

/* seconds since the epoch, the date after them unless 0 */
static void print_seconds(const char *field, uint64_t sec)
{
	tprintf("%s=%" PRIu64, field, sec);
	if (sec)
		print_date_comment((int64_t)sec, 0, 9);
}

/* struct btrfs_ioctl_vol_args: {fd=3, name="..."} */
static void print_vol_args(struct tracee *t, uint64_t arg)
{
	static unsigned char b[8 + VOL_NAME_MAX];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tputs("{fd=");
	printfd(t, (int)get64(b));
	tputs(", ");
	print_fixed_str("name", b + 8, VOL_NAME_MAX);
	tputc('}');
}

static void print_qgroup_limit_fields(const struct btrfs_qgroup_limit *l)
{
	print_flags_field("{flags", &xlat_btrfs_qgroup_limit_flags, l->flags);
	tprintf(", max_rfer=%" PRIu64 ", max_excl=%" PRIu64 ", rsv_rfer=%" PRIu64
		", rsv_excl=%" PRIu64 "}", (uint64_t)l->max_rfer, (uint64_t)l->max_excl,
		(uint64_t)l->rsv_rfer, (uint64_t)l->rsv_excl);
}

static void print_u64_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	tprintf("%" PRIu64, get64(elem));
}

/* the quota a new subvolume inherits: the groups it joins are shown under -v */
static void print_qgroup_inherit(struct tracee *t, uint64_t addr)
{
	struct btrfs_qgroup_inherit q;

	if (umove_or_printaddr(t, addr, sizeof(q), &q) < 0)
		return;
	print_flags_field("{flags", &xlat_btrfs_qgroup_inherit_flags, q.flags);
	tprintf(", num_qgroups=%" PRIu64 ", num_ref_copies=%" PRIu64
		", num_excl_copies=%" PRIu64 ", lim=", (uint64_t)q.num_qgroups,
		(uint64_t)q.num_ref_copies, (uint64_t)q.num_excl_copies);
	print_qgroup_limit_fields(&q.lim);
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	tputs(", qgroups=");
	print_array(t, addr + sizeof(q), q.num_qgroups, 8, print_u64_elem, NULL);
	tputc('}');
}

/* struct btrfs_ioctl_vol_args_v2: fd@0, transid@8, flags@16, size@24, qgroup_inherit@32,
 * name@56; the size and the quota only when the flags say the caller passes them */
static int print_vol_args_v2(struct tracee *t, uint64_t arg)
{
	static unsigned char b[56 + VOL2_NAME_MAX];
	uint64_t flags;

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return -1;
	flags = get64(b + 16);
	tputs("{fd=");
	printfd(t, (int)get64(b));
	print_flags_field(", flags", &xlat_btrfs_subvol_flags, flags);
	if (flags & BTRFS_SUBVOL_QGROUP_INHERIT) {
		tprintf(", size=%" PRIu64 ", qgroup_inherit=", get64(b + 24));
		print_qgroup_inherit(t, get64(b + 32));
	}
	tputs(", ");
	print_fixed_str("name", b + 56, VOL2_NAME_MAX);
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

/*
 * A search key. Without -v strace leaves out the object id bounds that are the defaults
 * (the first and last free ids).
 */
static void print_search_key(const struct btrfs_ioctl_search_key *k)
{
	print_objectid("{key={tree_id", k->tree_id);
	if (!style_abbrev() || k->min_objectid != BTRFS_FIRST_FREE_OBJECTID)
		print_objectid(", min_objectid", k->min_objectid);
	if (!style_abbrev() || k->max_objectid != BTRFS_LAST_FREE_OBJECTID)
		print_objectid(", max_objectid", k->max_objectid);
	print_u64_max(", min_offset", k->min_offset);
	print_u64_max(", max_offset", k->max_offset);
	print_u64_max(", min_transid", k->min_transid);
	print_u64_max(", max_transid", k->max_transid);
	tputs(", min_type=");
	print_named_u64(&xlat_btrfs_key_types, k->min_type);
	tputs(", max_type=");
	print_named_u64(&xlat_btrfs_key_types, k->max_type);
	tprintf(", nr_items=%u}", k->nr_items);
}

static void search_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct search_head a;
	size_t len = req == BTRFS_IOC_TREE_SEARCH ? SEARCH_KEY_SIZE : sizeof(a);

	if (umove_or_printaddr(t, arg, len, &a) < 0)
		return;
	print_search_key(&a.key);
	if (req == BTRFS_IOC_TREE_SEARCH_V2)
		tprintf(", buf_size=%" PRIu64, a.buf_size);
	tputc('}');
	call_memo(t, struct ioctl_memo)->opened = 1;
}

/* -v: the items a search found, each a header and len bytes after it */
static void print_search_items(struct tracee *t, uint64_t base, uint64_t size, uint32_t n)
{
	uint64_t off = 0;

	tputs(", buf=[");
	for (uint32_t i = 0; i < n; i++) {
		struct btrfs_ioctl_search_header h;

		if (i)
			tputs(", ");
		if (off + SEARCH_HEADER_SIZE > size) {
			tputs("...");
			break;
		}
		if (umoven(t, base + off, sizeof(h), &h) < 0) {
			tprintf("... /* %#" PRIx64 " */", base + off);
			break;
		}
		tprintf("{transid=%" PRIu64, (uint64_t)h.transid);
		print_objectid(", objectid", h.objectid);
		tprintf(", offset=%" PRIu64 ", type=", (uint64_t)h.offset);
		print_named_u64(&xlat_btrfs_key_types, h.type);
		tprintf(", len=%u}", h.len);
		off += SEARCH_HEADER_SIZE + h.len;
	}
	tputc(']');
}

static void search_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct search_head a;
	int v2 = req == BTRFS_IOC_TREE_SEARCH_V2;
	uint64_t size = BTRFS_SEARCH_ARGS_BUFSIZE;

	if (umoven(t, arg, v2 ? sizeof(a) : SEARCH_KEY_SIZE, &a) < 0)
		return;
	tprintf(" => {key={nr_items=%u}", a.key.nr_items);
	if (v2) {
		size = a.buf_size;
		tprintf(", buf_size=%" PRIu64, size);
	}
	if (style_abbrev())
		tputs(", ...");
	else
		print_search_items(t, arg + (v2 ? sizeof(a) : SEARCH_KEY_SIZE), size,
				   a.key.nr_items);
	tputc('}');
}

static void ino_lookup_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_ino_lookup_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	call_memo(t, struct ioctl_memo)->saved = a.treeid;
	print_objectid("{treeid", a.treeid);
	print_objectid(", objectid", a.objectid);
	tputc('}');
}

/* the path found; the tree too when the caller asked for the one of the descriptor */
static void ino_lookup_exit(struct tracee *t, uint64_t arg)
{
	static struct btrfs_ioctl_ino_lookup_args a;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	tputs(" => {");
	if (!call_memo(t, struct ioctl_memo)->saved) {
		print_objectid("treeid", a.treeid);
		tputs(", ");
	}
	print_fixed_str("name", (const unsigned char *)a.name, sizeof(a.name));
	tputc('}');
}

static void scrub_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_scrub_args a;

	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	print_dev_field("{devid", a.devid);
	if (req == BTRFS_IOC_SCRUB) {
		tprintf(", start=%" PRIu64, (uint64_t)a.start);
		print_u64_max(", end", a.end);
		print_flags_field(", flags", &xlat_btrfs_scrub_flags, a.flags);
	}
	tputc('}');
}

static void scrub_exit(struct tracee *t, uint64_t arg)
{
	static const char *const names[] = {
		"data_extents_scrubbed", "tree_extents_scrubbed", "data_bytes_scrubbed",
		"tree_bytes_scrubbed", "read_errors", "csum_errors", "verify_errors", "no_csum",
		"csum_discards", "super_errors", "malloc_errors", "uncorrectable_errors",
		"corrected_errors", "last_physical", "unverified_errors"
	};
	uint64_t p[sizeof(names) / sizeof(names[0])];

	if (umoven(t, arg + offsetof(struct btrfs_ioctl_scrub_args, progress), sizeof(p), p) < 0)
		return;
	tputs(" => {progress={");
	for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		tprintf("%s%s=%" PRIu64, i ? ", " : "", names[i], p[i]);
	tputs("}}");
}

static void dev_info_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_dev_info_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	print_dev_field("{devid", a.devid);
	if (!uuid_is_zero(a.uuid))
		print_uuid(", uuid", a.uuid);
	tputc('}');
}

static void dev_info_exit(struct tracee *t, uint64_t arg)
{
	static struct btrfs_ioctl_dev_info_args a;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	tputs(" => {");
	if (!uuid_is_zero(a.uuid)) {
		print_uuid("uuid", a.uuid);
		tputs(", ");
	}
	tprintf("bytes_used=%" PRIu64 ", total_bytes=%" PRIu64 ", ", (uint64_t)a.bytes_used,
		(uint64_t)a.total_bytes);
	print_fixed_str("path", a.path, sizeof(a.path));
	tputc('}');
}

/* what the flags asked for is printed only then */
static void print_fs_info(const struct btrfs_ioctl_fs_info_args *a)
{
	tprintf("{max_id=%" PRIu64 ", num_devices=%" PRIu64 ", ", (uint64_t)a->max_id,
		(uint64_t)a->num_devices);
	print_uuid("fsid", a->fsid);
	tprintf(", nodesize=%u, sectorsize=%u, clone_alignment=%u", a->nodesize, a->sectorsize,
		a->clone_alignment);
	if (a->flags & BTRFS_FS_INFO_FLAG_CSUM_INFO) {
		print_xval_field(", csum_type", &xlat_btrfs_csum_types, a->csum_type);
		tprintf(", csum_size=%u", a->csum_size);
	}
	print_flags_field(", flags", &xlat_btrfs_fs_info_flags, a->flags);
	if (a->flags & BTRFS_FS_INFO_FLAG_GENERATION)
		tprintf(", generation=%" PRIu64, (uint64_t)a->generation);
	if (a->flags & BTRFS_FS_INFO_FLAG_METADATA_UUID)
		print_uuid(", metadata_uuid", a->metadata_uuid);
	tputc('}');
}

static void print_balance_args(const char *field, const struct btrfs_balance_args *b)
{
	tprintf(", %s=", field);
	print_flags_field("{profiles", &xlat_btrfs_block_group_flags, b->profiles);
	print_u64_max(", usage", b->usage);
	print_dev_field(", devid", b->devid);
	print_u64_max(", pstart", b->pstart);
	print_u64_max(", pend", b->pend);
	print_u64_max(", vstart", b->vstart);
	print_u64_max(", vend", b->vend);
	print_u64_max(", target", b->target);
	print_flags_field(", flags", &xlat_btrfs_balance_args, b->flags);
	tputc('}');
}

/* the flags, the state (at exit), and the filters of the chunk types the flags name */
static void print_balance(const struct btrfs_ioctl_balance_args *a, int with_state)
{
	print_flags_field("{flags", &xlat_btrfs_balance_flags, a->flags);
	if (with_state)
		print_flags_field(", state", &xlat_btrfs_balance_state, a->state);
	if (a->flags & BTRFS_BALANCE_DATA)
		print_balance_args("data", &a->data);
	if (a->flags & BTRFS_BALANCE_METADATA)
		print_balance_args("meta", &a->meta);
	if (a->flags & BTRFS_BALANCE_SYSTEM)
		print_balance_args("sys", &a->sys);
	tputc('}');
}

static void balance_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_balance_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	print_balance(&a, 0);
}

/* strace reads it back even when the entry could not: its address again then */
static void balance_exit(struct tracee *t, uint64_t arg)
{
	static struct btrfs_ioctl_balance_args a;

	tputs(" => ");
	if (umove_or_printaddr(t, arg, sizeof(a), &a) == 0)
		print_balance(&a, 1);
}

/* ino_paths' fspath and logical_ino's inodes: the struct btrfs_data_container they point to */
static void paths_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_logical_ino_args a;	/* ino_path_args is its layout less flags */
	int logical = req == BTRFS_IOC_LOGICAL_INO;

	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	tprintf(logical ? "{logical=%" PRIu64 : "{inum=%" PRIu64, (uint64_t)a.logical);
	tprintf(", size=%" PRIu64 ", ", (uint64_t)a.size);
	if (!logical) {
		tputs("fspath=");
		printaddr(a.inodes);
		tputc('}');
		return;
	}
	if (a.reserved[0] || a.reserved[1] || a.reserved[2]) {
		tputs("reserved=[");
		for (int i = 0; i < 3; i++) {
			tputs(i ? ", " : "");
			printnum_hex(a.reserved[i]);
		}
		tputs("], ");
	}
	print_flags_field("flags", &xlat_btrfs_logical_ino_flags, a.flags);
	tputs(", inodes=");
	printaddr(a.inodes);
	tputc('}');
}

/* ino_paths: each value the offset of a path from the values' start */
static void print_path_elem(struct tracee *t, const void *elem, void *data)
{
	printstr(t, *(const uint64_t *)data + get64(elem));
}

/* logical_ino: (inode, offset, root) triples */
static void print_inode_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	tprintf("{inum=%" PRIu64 ", offset=%" PRIu64 ", root=%" PRIu64 "}", get64(elem),
		get64((const char *)elem + 8), get64((const char *)elem + 16));
}

static void print_data_container(struct tracee *t, uint64_t addr, int logical)
{
	struct btrfs_data_container c;
	uint64_t vals = addr + sizeof(c);

	if (umove_or_printaddr(t, addr, sizeof(c), &c) < 0)
		return;
	tprintf("{bytes_left=%u, bytes_missing=%u, elem_cnt=%u, elem_missed=%u", c.bytes_left,
		c.bytes_missing, c.elem_cnt, c.elem_missed);
	if (style_abbrev()) {
		tputs(", ...}");
		return;
	}
	tputs(", val=");
	if (logical)
		print_array(t, vals, c.elem_cnt / 3, 24, print_inode_elem, NULL);
	else
		print_array(t, vals, c.elem_cnt, 8, print_path_elem, &vals);
	tputc('}');
}

static void paths_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_logical_ino_args a;
	int logical = req == BTRFS_IOC_LOGICAL_INO;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	tputs(logical ? " => {inodes=" : " => {fspath=");
	print_data_container(t, a.inodes, logical);
	tputc('}');
}

static void received_subvol_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_received_subvol_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	print_uuid("{uuid", (const unsigned char *)a.uuid);
	tprintf(", stransid=%" PRIu64, (uint64_t)a.stransid);
	print_btrfs_time(", stime", &a.stime);
	tprintf(", flags=%" PRIu64 "}", (uint64_t)a.flags);
}

static void received_subvol_exit(struct tracee *t, uint64_t arg)
{
	static struct btrfs_ioctl_received_subvol_args a;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	tprintf(" => {rtransid=%" PRIu64, (uint64_t)a.rtransid);
	print_btrfs_time(", rtime", &a.rtime);
	tputc('}');
}

static void print_objectid_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	print_named_u64(&xlat_btrfs_objectids, get64(elem));
}

static void send_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_send_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	tputs("{send_fd=");
	printfd(t, (int)a.send_fd);
	tprintf(", clone_sources_count=%" PRIu64 ", clone_sources=",
		(uint64_t)a.clone_sources_count);
	if (style_abbrev())
		printaddr((uintptr_t)a.clone_sources);
	else
		print_array(t, (uintptr_t)a.clone_sources, a.clone_sources_count, 8,
			    print_objectid_elem, NULL);
	print_objectid(", parent_root", a.parent_root);
	print_flags_field(", flags", &xlat_btrfs_send_flags, a.flags);
	tputc('}');
}

static void print_qgroup_limit(const struct btrfs_ioctl_qgroup_limit_args *a)
{
	tprintf("{qgroupid=%" PRIu64 ", lim=", (uint64_t)a->qgroupid);
	print_qgroup_limit_fields(&a->lim);
	tputc('}');
}

static void dev_stats_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_get_dev_stats a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	print_dev_field("{devid", a.devid);
	tprintf(", nr_items=%" PRIu64, (uint64_t)a.nr_items);
	print_flags_field(", flags", &xlat_btrfs_dev_stats_flags, a.flags);
	tputc('}');
}

/* the counters the kernel filled in, [[BTRFS_DEV_STAT_WRITE_ERRS]=0, ...] */
static void dev_stats_exit(struct tracee *t, uint64_t arg)
{
	struct btrfs_ioctl_get_dev_stats a;
	uint64_t n;

	if (umoven(t, arg, offsetof(struct btrfs_ioctl_get_dev_stats, unused), &a) < 0)
		return;
	tprintf(" => {nr_items=%" PRIu64, (uint64_t)a.nr_items);
	print_flags_field(", flags", &xlat_btrfs_dev_stats_flags, a.flags);
	tputs(", [");
	n = a.nr_items < DEV_STATS_MAX ? a.nr_items : DEV_STATS_MAX;
	for (uint64_t i = 0; i < n; i++) {
		tputs(i ? ", [" : "[");
		print_named_u64(&xlat_btrfs_dev_stats_values, i);
		tprintf("]=%" PRIu64, (uint64_t)a.values[i]);
	}
	if (a.nr_items > DEV_STATS_MAX)
		tputs(", ...");
	tputs("]}");
}

static void dev_replace_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	static struct btrfs_ioctl_dev_replace_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	call_memo(t, struct ioctl_memo)->saved = a.cmd;
	print_xval_field("{cmd", &xlat_btrfs_dev_replace_cmds, a.cmd);
	if (a.cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_START) {
		print_dev_field(", start={srcdevid", a.start.srcdevid);
		print_xval_field(", cont_reading_from_srcdev_mode",
				 &xlat_btrfs_cont_reading_from_srcdev_mode,
				 a.start.cont_reading_from_srcdev_mode);
		tputs(", ");
		print_fixed_str("srcdev_name", a.start.srcdev_name, sizeof(a.start.srcdev_name));
		tputs(", ");
		print_fixed_str("tgtdev_name", a.start.tgtdev_name, sizeof(a.start.tgtdev_name));
		tputc('}');
	}
	tputc('}');
}

static void print_replace_status(const struct btrfs_ioctl_dev_replace_status_params *s)
{
	print_xval_field(", status={replace_state", &xlat_btrfs_dev_replace_state,
			 s->replace_state);
	tprintf(", progress_1000=%" PRIu64, (uint64_t)s->progress_1000);
	if (s->progress_1000 <= 1000)
		tprintf(" /* %u.%u%% */", (unsigned)s->progress_1000 / 10,
			(unsigned)s->progress_1000 % 10);
	print_seconds(", time_started", s->time_started);
	print_seconds(", time_stopped", s->time_stopped);
	tprintf(", num_write_errors=%" PRIu64 ", num_uncorrectable_read_errors=%" PRIu64 "}",
		(uint64_t)s->num_write_errors, (uint64_t)s->num_uncorrectable_read_errors);
}

static void dev_replace_exit(struct tracee *t, uint64_t arg)
{
	static struct btrfs_ioctl_dev_replace_args a;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	print_xval_field(" => {result", &xlat_btrfs_dev_replace_results, a.result);
	if (call_memo(t, struct ioctl_memo)->saved == BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS)
		print_replace_status(&a.status);
	tputc('}');
}

static void print_features(const struct btrfs_ioctl_feature_flags *f)
{
	/* no compat flag has a name yet: the set's ??? comment all the same */
	tputs("{compat_flags=");
	printflags(&xlat_btrfs_features_compat, f->compat_flags,
		   xlat_unknown_text(&xlat_btrfs_features_compat));
	print_flags_field(", compat_ro_flags", &xlat_btrfs_features_compat_ro,
			  f->compat_ro_flags);
	print_flags_field(", incompat_flags", &xlat_btrfs_features_incompat,
			  f->incompat_flags);
	tputc('}');
}

/* SET_FEATURES' pair (what to set, which bits), GET_SUPPORTED_FEATURES' three */
static void print_feature_array(struct tracee *t, uint64_t arg, int n, int supported)
{
	static const char *const what[] = { "supported", "safe to set", "safe to clear" };
	struct btrfs_ioctl_feature_flags f[3];

	if (umove_or_printaddr(t, arg, n * sizeof(f[0]), f) < 0)
		return;
	tputc('[');
	for (int i = 0; i < n; i++) {
		tputs(i ? ", " : "");
		print_features(&f[i]);
		if (supported)
			tprintf(" /* %s */", what[i]);
	}
	tputc(']');
}

static void space_info_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_space_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	call_memo(t, struct ioctl_memo)->opened = 1;
	call_memo(t, struct ioctl_memo)->saved = a.space_slots;
	tprintf("{space_slots=%" PRIu64 "}", (uint64_t)a.space_slots);
}

static void print_space_elem(struct tracee *t, const void *elem, void *data)
{
	(void)t;
	(void)data;
	print_flags_field("{flags", &xlat_btrfs_space_info_flags, get64(elem));
	tprintf(", total_bytes=%" PRIu64 ", used_bytes=%" PRIu64 "}",
		get64((const char *)elem + 8), get64((const char *)elem + 16));
}

/* with no slots the caller asked for the count alone, which a nonzero count answers */
static void space_info_exit(struct tracee *t, uint64_t arg)
{
	struct btrfs_ioctl_space_args a;

	if (umoven(t, arg, sizeof(a), &a) < 0)
		return;
	tprintf(" => {total_spaces=%" PRIu64, (uint64_t)a.total_spaces);
	if (call_memo(t, struct ioctl_memo)->saved || !a.total_spaces) {
		if (style_abbrev()) {
			tputs(", ...");
		} else {
			tputs(", spaces=");
			print_array(t, arg + sizeof(a), a.total_spaces,
				    sizeof(struct btrfs_ioctl_space_info), print_space_elem, NULL);
		}
	}
	tputc('}');
}

static void defrag_range_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_defrag_range_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	tprintf("{start=%" PRIu64, (uint64_t)a.start);
	print_u64_max(", len", a.len);
	print_flags_field(", flags", &xlat_btrfs_defrag_flags, a.flags);
	tprintf(", extent_thresh=%u", a.extent_thresh);
	print_xval_field(", compress_type", &xlat_btrfs_compress_types, a.compress_type);
	tputc('}');
}

static void vol_args_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)req;
	print_vol_args(t, arg);
}

static void vol_args_v2_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)req;
	if (print_vol_args_v2(t, arg) == 0)
		call_memo(t, struct ioctl_memo)->opened = 1;
}

static void u64_in_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)req;
	print_u64_in(t, arg);
}

static void subvol_flags_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)req;
	print_subvol_flags(t, arg);
}

/* the command is the argument itself */
static void balance_ctl_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)t;
	(void)req;
	printxval(&xlat_btrfs_balance_ctl, (uint32_t)arg, NULL);
}

static void quota_ctl_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_quota_ctl_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) < 0)
		return;
	print_xval_field("{cmd", &xlat_btrfs_quota_ctl, a.cmd);
	tputc('}');
}

static void quota_rescan_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_quota_rescan_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) == 0)
		tprintf("{flags=%" PRIu64 "}", (uint64_t)a.flags);
}

static void qgroup_assign_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_qgroup_assign_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) == 0)
		tprintf("{assign=%" PRIu64 ", src=%" PRIu64 ", dst=%" PRIu64 "}",
			(uint64_t)a.assign, (uint64_t)a.src, (uint64_t)a.dst);
}

static void qgroup_create_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	struct btrfs_ioctl_qgroup_create_args a;

	(void)req;
	if (umove_or_printaddr(t, arg, sizeof(a), &a) == 0)
		tprintf("{create=%" PRIu64 ", qgroupid=%" PRIu64 "}", (uint64_t)a.create,
			(uint64_t)a.qgroupid);
}

static void set_features_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	(void)req;
	print_feature_array(t, arg, 2, 0);
}

/* The requests decoded at entry: what the entry answers (1 printed, 2 the exit adds to
 * it) and the printer. */
static const struct {
	uint32_t req;
	int answer;
	void (*print)(struct tracee *t, uint32_t req, uint64_t arg);
} entry_requests[] = {
	{ BTRFS_IOC_ADD_DEV, 1, vol_args_entry },
	{ BTRFS_IOC_RM_DEV, 1, vol_args_entry },
	{ BTRFS_IOC_SNAP_CREATE, 1, vol_args_entry },
	{ BTRFS_IOC_SNAP_DESTROY, 1, vol_args_entry },
	{ BTRFS_IOC_RESIZE, 1, vol_args_entry },
	{ BTRFS_IOC_SCAN_DEV, 1, vol_args_entry },
	{ BTRFS_IOC_FORGET_DEV, 1, vol_args_entry },
	{ BTRFS_IOC_DEVICES_READY, 1, vol_args_entry },
	{ BTRFS_IOC_SUBVOL_CREATE, 1, vol_args_entry },
	{ BTRFS_IOC_SNAP_CREATE_V2, 2, vol_args_v2_entry },
	{ BTRFS_IOC_SUBVOL_CREATE_V2, 2, vol_args_v2_entry },
	{ BTRFS_IOC_DEFAULT_SUBVOL, 1, u64_in_entry },
	{ BTRFS_IOC_WAIT_SYNC, 1, u64_in_entry },
	{ BTRFS_IOC_SUBVOL_SETFLAGS, 1, subvol_flags_entry },
	{ BTRFS_IOC_BALANCE_CTL, 1, balance_ctl_entry },
	{ BTRFS_IOC_QUOTA_CTL, 1, quota_ctl_entry },
	{ BTRFS_IOC_QUOTA_RESCAN, 1, quota_rescan_entry },
	{ BTRFS_IOC_QGROUP_ASSIGN, 1, qgroup_assign_entry },
	{ BTRFS_IOC_QGROUP_CREATE, 1, qgroup_create_entry },
	{ BTRFS_IOC_TREE_SEARCH, 2, search_entry },
	{ BTRFS_IOC_TREE_SEARCH_V2, 2, search_entry },
	{ BTRFS_IOC_INO_LOOKUP, 2, ino_lookup_entry },
	{ BTRFS_IOC_SCRUB, 2, scrub_entry },
	{ BTRFS_IOC_SCRUB_PROGRESS, 2, scrub_entry },
	{ BTRFS_IOC_DEV_INFO, 2, dev_info_entry },
	{ BTRFS_IOC_BALANCE_V2, 2, balance_entry },
	{ BTRFS_IOC_INO_PATHS, 2, paths_entry },
	{ BTRFS_IOC_LOGICAL_INO, 2, paths_entry },
	{ BTRFS_IOC_SET_RECEIVED_SUBVOL, 2, received_subvol_entry },
	{ BTRFS_IOC_SEND, 1, send_entry },
	{ BTRFS_IOC_GET_DEV_STATS, 2, dev_stats_entry },
	{ BTRFS_IOC_DEV_REPLACE, 2, dev_replace_entry },
	{ BTRFS_IOC_SET_FEATURES, 1, set_features_entry },
	{ BTRFS_IOC_SPACE_INFO, 2, space_info_entry },
	{ BTRFS_IOC_DEFRAG_RANGE, 1, defrag_range_entry },
};

/* Entry: 1 when printed, 2 when the exit adds to it, 0 not decoded at entry. */
int ioctl_btrfs_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (_IOC_TYPE(req) != BTRFS_IOCTL_MAGIC)
		return 0;
	for (size_t i = 0; i < sizeof(entry_requests) / sizeof(entry_requests[0]); i++) {
		if (entry_requests[i].req != req)
			continue;
		tputs(", ");
		entry_requests[i].print(t, req, arg);
		return entry_requests[i].answer;
	}
	return 0;
}

/* The exit of a request whose entry answered 2: what the kernel filled in, on success. */
int ioctl_btrfs_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	uint64_t transid;

	if (_IOC_TYPE(req) != BTRFS_IOCTL_MAGIC)
		return 0;
	if (t->err)
		return 1;
	if (req == BTRFS_IOC_BALANCE_V2) {
		balance_exit(t, arg);
		return 1;
	}
	if (!call_memo(t, struct ioctl_memo)->opened)
		return 1;
	switch (req) {
	case BTRFS_IOC_SNAP_CREATE_V2:
	case BTRFS_IOC_SUBVOL_CREATE_V2:
		if (umoven(t, arg + 8, sizeof(transid), &transid) == 0)
			tprintf(" => {transid=%" PRIu64 "}", transid);
		break;
	case BTRFS_IOC_TREE_SEARCH:
	case BTRFS_IOC_TREE_SEARCH_V2:
		search_exit(t, req, arg);
		break;
	case BTRFS_IOC_INO_LOOKUP:
		ino_lookup_exit(t, arg);
		break;
	case BTRFS_IOC_SCRUB:
	case BTRFS_IOC_SCRUB_PROGRESS:
		scrub_exit(t, arg);
		break;
	case BTRFS_IOC_DEV_INFO:
		dev_info_exit(t, arg);
		break;
	case BTRFS_IOC_INO_PATHS:
	case BTRFS_IOC_LOGICAL_INO:
		paths_exit(t, req, arg);
		break;
	case BTRFS_IOC_SET_RECEIVED_SUBVOL:
		received_subvol_exit(t, arg);
		break;
	case BTRFS_IOC_GET_DEV_STATS:
		dev_stats_exit(t, arg);
		break;
	case BTRFS_IOC_DEV_REPLACE:
		dev_replace_exit(t, arg);
		break;
	case BTRFS_IOC_SPACE_INFO:
		space_info_exit(t, arg);
		break;
	}
	return 1;
}

/* what the exit-only requests filled in */
static void print_filled(struct tracee *t, uint32_t req, uint64_t arg)
{
	static union {
		uint64_t u;
		struct btrfs_ioctl_fs_info_args fs;
		struct btrfs_ioctl_balance_args balance;
		struct btrfs_ioctl_qgroup_limit_args limit;
		struct btrfs_ioctl_quota_rescan_args rescan;
		struct btrfs_ioctl_feature_flags features;
	} a;
	size_t len = _IOC_SIZE(req) < sizeof(a) ? _IOC_SIZE(req) : sizeof(a);

	if (req == BTRFS_IOC_GET_SUPPORTED_FEATURES) {
		print_feature_array(t, arg, 3, 1);
		return;
	}
	if (umove_or_printaddr(t, arg, len, &a) < 0)
		return;
	switch (req) {
	case BTRFS_IOC_START_SYNC:
		tprintf("[%" PRIu64 "]", a.u);
		break;
	case BTRFS_IOC_SUBVOL_GETFLAGS:
		printflags(&xlat_btrfs_subvol_flags, a.u, NULL);
		break;
	case BTRFS_IOC_FS_INFO:
		print_fs_info(&a.fs);
		break;
	case BTRFS_IOC_BALANCE_PROGRESS:
		print_balance(&a.balance, 1);
		break;
	case BTRFS_IOC_QGROUP_LIMIT:
		print_qgroup_limit(&a.limit);
		break;
	case BTRFS_IOC_QUOTA_RESCAN_STATUS:
		tprintf("{flags=%" PRIu64 ", ", (uint64_t)a.rescan.flags);
		print_objectid("progress", a.rescan.progress);
		tputc('}');
		break;
	case BTRFS_IOC_GET_FEATURES:
		print_features(&a.features);
		break;
	}
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_btrfs_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case BTRFS_IOC_SUBVOL_GETFLAGS:
	case BTRFS_IOC_START_SYNC:
	case BTRFS_IOC_FS_INFO:
	case BTRFS_IOC_BALANCE_PROGRESS:
	case BTRFS_IOC_QGROUP_LIMIT:
	case BTRFS_IOC_QUOTA_RESCAN_STATUS:
	case BTRFS_IOC_GET_FEATURES:
	case BTRFS_IOC_GET_SUPPORTED_FEATURES:
		break;
	default:
		return 0;
	}
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else
		print_filled(t, req, arg);
	return 1;
}

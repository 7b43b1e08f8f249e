/*
 * fam_btrfs.c: the btrfs ioctl requests strace decodes, issued on /dev/null with filled
 * structures: the kernel refuses each (ENOTTY), and strace shows what the caller passed.
 * Run under `-e inject=ioctl:retval=0` the same calls "succeed" without reaching the kernel,
 * and what strace reads back at exit is the buffer as the program filled it: search
 * results, scrub progress, device and file system information, features, space info,
 * inode paths, as a btrfs would have answered (a real one: tests/integration/btrfs_real.sh).
 *
 *   fam_btrfs [GROUP...]   (no group: every group)
 *   fam_btrfs real DIR     (a real btrfs mounted at DIR)
 *
 * Groups: search, dev, fs, balance, ino, subvol, volumes, names, newer, edges, random.
 * Every call is a raw syscall; the buffers are static, so their addresses and contents
 * repeat from run to run.
 */
#include <fcntl.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static int nul;

static long io(unsigned long req, const void *arg)
{
	return syscall(SYS_ioctl, nul, req, arg);
}

/* a search result's item: its header, then len bytes the decoder steps over */
static size_t put_item(unsigned char *buf, size_t off, uint64_t transid, uint64_t objectid,
		       uint64_t offset, uint32_t type, uint32_t len)
{
	struct btrfs_ioctl_search_header h = { transid, objectid, offset, type, len };

	memcpy(buf + off, &h, sizeof(h));
	return off + sizeof(h) + len;
}

static void search(void)
{
	/* btrfs subvolume list's search: the default object id bounds are left out */
	static struct btrfs_ioctl_search_args sa = { .key = {
		BTRFS_ROOT_TREE_OBJECTID, BTRFS_FIRST_FREE_OBJECTID, BTRFS_LAST_FREE_OBJECTID,
		0, -1ULL, 0, -1ULL, BTRFS_ROOT_ITEM_KEY, BTRFS_ROOT_BACKREF_KEY, 3 } };
	static struct {
		struct btrfs_ioctl_search_args_v2 a;
		unsigned char buf[200];
	} s2 = { .a = { .key = { BTRFS_FS_TREE_OBJECTID, 0, -1ULL, 0, -1ULL, 0, -1ULL, 0, -1U,
				 2 }, .buf_size = 200 } };
	size_t off;

	off = put_item((unsigned char *)sa.buf, 0, 7, 256, 0, BTRFS_ROOT_ITEM_KEY, 16);
	off = put_item((unsigned char *)sa.buf, off, 8, 257, 5, BTRFS_ROOT_BACKREF_KEY, 0);
	put_item((unsigned char *)sa.buf, off, 9, -256ULL, -1ULL, 255, 4);
	io(BTRFS_IOC_TREE_SEARCH, &sa);
	sa.key.nr_items = 0;
	io(BTRFS_IOC_TREE_SEARCH, &sa);
	sa.key.nr_items = 5;	/* past the three: what the buffer holds there (zeros) */
	sa.key.min_objectid = 300;
	sa.key.max_objectid = -1ULL;
	io(BTRFS_IOC_TREE_SEARCH, &sa);
	off = put_item(s2.buf, 0, 1, 2, 3, BTRFS_INODE_ITEM_KEY, 8);
	put_item(s2.buf, off, 4, 5, 6, BTRFS_INODE_REF_KEY, 0);
	io(BTRFS_IOC_TREE_SEARCH_V2, &s2);
	s2.a.buf_size = 40;	/* the second header lies past the buffer */
	io(BTRFS_IOC_TREE_SEARCH_V2, &s2);
	s2.a.buf_size = 200;
	s2.a.key.nr_items = 3;
	io(BTRFS_IOC_TREE_SEARCH_V2, &s2);
	io(BTRFS_IOC_TREE_SEARCH, NULL);
	io(BTRFS_IOC_TREE_SEARCH_V2, (void *)1);
}

static void dev(void)
{
	static struct btrfs_ioctl_scrub_args sc = { 1, 0, -1ULL, BTRFS_SCRUB_READONLY,
		{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 } };
	static struct btrfs_ioctl_dev_info_args di = { 1, { 0 }, 100, 200 };
	static struct btrfs_ioctl_get_dev_stats ds = { 1, 5, 0, { 1, 2, 3, 4, 5 } };
	static struct btrfs_ioctl_dev_replace_args dr = { BTRFS_IOCTL_DEV_REPLACE_CMD_START, 0 };

	io(BTRFS_IOC_SCRUB, &sc);
	sc.flags = 0x12;
	sc.devid = 0x1234;
	sc.start = 4096;
	sc.end = 8192;
	io(BTRFS_IOC_SCRUB, &sc);
	io(BTRFS_IOC_SCRUB_PROGRESS, &sc);
	strcpy((char *)di.path, "/dev/loop0");
	io(BTRFS_IOC_DEV_INFO, &di);
	memcpy(di.uuid, "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10", 16);
	io(BTRFS_IOC_DEV_INFO, &di);
	memset(di.path, 'p', sizeof(di.path));	/* no NUL: all but the last byte, then ... */
	io(BTRFS_IOC_DEV_INFO, &di);
	io(BTRFS_IOC_GET_DEV_STATS, &ds);
	ds.nr_items = 3;
	ds.flags = BTRFS_DEV_STATS_RESET;
	io(BTRFS_IOC_GET_DEV_STATS, &ds);
	ds.nr_items = 7;	/* more than the struct holds */
	ds.flags = 6;
	io(BTRFS_IOC_GET_DEV_STATS, &ds);
	dr.start.srcdevid = 1;
	dr.start.cont_reading_from_srcdev_mode = 1;
	strcpy((char *)dr.start.srcdev_name, "/dev/loop0");
	strcpy((char *)dr.start.tgtdev_name, "/dev/loop1");
	io(BTRFS_IOC_DEV_REPLACE, &dr);
	dr.cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
	dr.status.replace_state = BTRFS_IOCTL_DEV_REPLACE_STATE_STARTED;
	dr.status.progress_1000 = 505;
	dr.status.time_started = 1700000000;
	dr.status.time_stopped = 0;
	dr.status.num_write_errors = 2;
	dr.status.num_uncorrectable_read_errors = 3;
	io(BTRFS_IOC_DEV_REPLACE, &dr);
	dr.status.replace_state = 7;
	dr.status.progress_1000 = 1001;	/* no percentage past 100% */
	dr.status.time_stopped = 1700000100;
	dr.result = BTRFS_IOCTL_DEV_REPLACE_RESULT_NOT_STARTED;
	io(BTRFS_IOC_DEV_REPLACE, &dr);
	dr.cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_CANCEL;
	dr.result = BTRFS_IOCTL_DEV_REPLACE_RESULT_SCRUB_INPROGRESS;
	io(BTRFS_IOC_DEV_REPLACE, &dr);
	dr.cmd = 9;
	dr.result = 9;
	io(BTRFS_IOC_DEV_REPLACE, &dr);
}

static void fs(void)
{
	static struct btrfs_ioctl_fs_info_args fi = { 1, 1, { 0xaa, 0xbb }, 16384, 4096, 4096,
		0, 4, 0, 7, { 0xcc } };
	static struct btrfs_ioctl_feature_flags ff[3] = {
		{ 0, BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE |
		  BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE_VALID,
		  BTRFS_FEATURE_INCOMPAT_MIXED_BACKREF | BTRFS_FEATURE_INCOMPAT_NO_HOLES |
		  BTRFS_FEATURE_INCOMPAT_SKINNY_METADATA },
		{ 0x100, 0x30, 0x8000 },
		{ 0, BTRFS_FEATURE_COMPAT_RO_VERITY | BTRFS_FEATURE_COMPAT_RO_BLOCK_GROUP_TREE,
		  BTRFS_FEATURE_INCOMPAT_EXTENT_TREE_V2 | 0x34000 } };
	static struct {
		struct btrfs_ioctl_space_args a;
		struct btrfs_ioctl_space_info s[3];
	} sp = { { 3, 2 }, { { BTRFS_BLOCK_GROUP_DATA, 100, 50 },
		{ BTRFS_BLOCK_GROUP_METADATA | BTRFS_BLOCK_GROUP_DUP, 200, 10 },
		{ BTRFS_SPACE_INFO_GLOBAL_RSV | BTRFS_BLOCK_GROUP_SYSTEM, 1, 0 } } };

	io(BTRFS_IOC_FS_INFO, &fi);
	fi.flags = BTRFS_FS_INFO_FLAG_CSUM_INFO | BTRFS_FS_INFO_FLAG_GENERATION |
		   BTRFS_FS_INFO_FLAG_METADATA_UUID | 8;
	fi.csum_type = 1;
	fi.csum_size = 32;
	io(BTRFS_IOC_FS_INFO, &fi);
	fi.flags = BTRFS_FS_INFO_FLAG_GENERATION;
	io(BTRFS_IOC_FS_INFO, &fi);
	fi.flags = BTRFS_FS_INFO_FLAG_METADATA_UUID | BTRFS_FS_INFO_FLAG_CSUM_INFO;
	fi.csum_type = 9;
	io(BTRFS_IOC_FS_INFO, &fi);
	io(BTRFS_IOC_GET_FEATURES, ff);
	io(BTRFS_IOC_SET_FEATURES, ff);
	io(BTRFS_IOC_GET_SUPPORTED_FEATURES, ff);
	io(BTRFS_IOC_GET_FEATURES, &ff[1]);
	io(BTRFS_IOC_SET_FEATURES, &ff[1]);
	io(BTRFS_IOC_SPACE_INFO, &sp);
	sp.a.total_spaces = 3;
	sp.a.space_slots = 2;	/* more spaces than slots: each one all the same */
	io(BTRFS_IOC_SPACE_INFO, &sp);
	sp.a.space_slots = 0;	/* asking for the count */
	io(BTRFS_IOC_SPACE_INFO, &sp);
	sp.a.total_spaces = 0;
	io(BTRFS_IOC_SPACE_INFO, &sp);
	sp.a.space_slots = 3;
	io(BTRFS_IOC_SPACE_INFO, &sp);
	sp.s[0].flags = 0x1800;
	sp.s[1].flags = 0x10000;
	sp.a.total_spaces = 2;
	io(BTRFS_IOC_SPACE_INFO, &sp);
}

static void balance(void)
{
	static struct btrfs_ioctl_balance_args ba = {
		BTRFS_BALANCE_DATA | BTRFS_BALANCE_METADATA | BTRFS_BALANCE_SYSTEM |
		BTRFS_BALANCE_FORCE, BTRFS_BALANCE_STATE_RUNNING,
		{ BTRFS_BLOCK_GROUP_RAID1, { 50 }, 1, 2, 3, 4, 5, BTRFS_BLOCK_GROUP_RAID0,
		  BTRFS_BALANCE_ARGS_USAGE | BTRFS_BALANCE_ARGS_CONVERT | BTRFS_BALANCE_ARGS_SOFT,
		  { 7 }, 1, 2, { 0 } },
		{ BTRFS_BLOCK_GROUP_DUP, { 0 }, 0, 0, 0, 0, 0, 0,
		  BTRFS_BALANCE_ARGS_USAGE_RANGE | BTRFS_BALANCE_ARGS_LIMIT_RANGE, { 0 }, 0, 0,
		  { 0 } },
		{ 0 }, { 10, 20, 30 }, { 0 } };

	ba.meta.usage_min = 10;
	ba.meta.usage_max = 90;
	ba.sys.profiles = BTRFS_BLOCK_GROUP_RAID1C3 | BTRFS_BLOCK_GROUP_RAID1C4 | 0x1800;
	ba.sys.pend = -1ULL;
	ba.sys.devid = 0x80001;
	io(BTRFS_IOC_BALANCE_V2, &ba);
	io(BTRFS_IOC_BALANCE_PROGRESS, &ba);
	ba.flags = BTRFS_BALANCE_METADATA | BTRFS_BALANCE_RESUME | 0x40;
	ba.state = BTRFS_BALANCE_STATE_PAUSE_REQ | BTRFS_BALANCE_STATE_CANCEL_REQ;
	io(BTRFS_IOC_BALANCE_V2, &ba);
	ba.flags = 0;
	ba.state = 8;
	io(BTRFS_IOC_BALANCE_V2, &ba);
	io(BTRFS_IOC_BALANCE_V2, NULL);
	io(BTRFS_IOC_BALANCE_PROGRESS, NULL);
}

static void ino(void)
{
	static struct btrfs_ioctl_ino_lookup_args il = { 5, 256, "dir/sub" };
	static struct {
		struct btrfs_data_container c;
		uint64_t v[8];
		char s[32];
	} dc = { { 1, 2, 7, 3 }, { 256, 0, 5, 257, 4096, 5, 258, 0 }, "ab" };
	static struct btrfs_ioctl_logical_ino_args li = { 4096, sizeof(dc) };
	static struct btrfs_ioctl_ino_path_args ip = { 256, sizeof(dc) };

	io(BTRFS_IOC_INO_LOOKUP, &il);
	il.treeid = 0;	/* the descriptor's tree: the kernel says which */
	io(BTRFS_IOC_INO_LOOKUP, &il);
	memset(il.name, 'n', sizeof(il.name));
	il.treeid = -1ULL;
	io(BTRFS_IOC_INO_LOOKUP, &il);
	li.inodes = (uintptr_t)&dc;
	io(BTRFS_IOC_LOGICAL_INO, &li);
	li.flags = BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET | 2;
	li.reserved[1] = 3;
	io(BTRFS_IOC_LOGICAL_INO, &li);
	li.inodes = 0;
	io(BTRFS_IOC_LOGICAL_INO, &li);
	dc.c.elem_cnt = 2;	/* offsets of the paths from the values' start */
	dc.v[0] = 64;
	dc.v[1] = 65;
	ip.fspath = (uintptr_t)&dc;
	io(BTRFS_IOC_INO_PATHS, &ip);
	ip.fspath = 0;
	io(BTRFS_IOC_INO_PATHS, &ip);
}

static void subvol(void)
{
	static struct btrfs_ioctl_received_subvol_args rs = { "0123456789abcdef", 10, 11,
		{ 1700000000, 5 }, { 1700000001, 6 }, 0, { 0 } };
	static uint64_t srcs[4] = { 256, 257, BTRFS_FS_TREE_OBJECTID, -1ULL };
	static struct btrfs_ioctl_send_args sd = { 4, 4, NULL, 256,
		BTRFS_SEND_FLAG_NO_FILE_DATA | BTRFS_SEND_FLAG_OMIT_STREAM_HEADER |
		BTRFS_SEND_FLAG_OMIT_END_CMD | BTRFS_SEND_FLAG_VERSION |
		BTRFS_SEND_FLAG_COMPRESSED, 2, { 0 } };
	static struct btrfs_ioctl_qgroup_limit_args ql = { 256, {
		BTRFS_QGROUP_LIMIT_MAX_RFER | BTRFS_QGROUP_LIMIT_MAX_EXCL, 1000, 2000, 3, 4 } };
	static struct btrfs_ioctl_quota_rescan_args qr = { 1, 2, { 0 } };
	static struct btrfs_ioctl_defrag_range_args dfr = { 0, -1ULL,
		BTRFS_DEFRAG_RANGE_COMPRESS | BTRFS_DEFRAG_RANGE_START_IO, 0, 2, { 0 } };
	static unsigned char undecoded[4096];
	static const unsigned long plain[] = {
		BTRFS_IOC_INO_LOOKUP_USER, BTRFS_IOC_LOGICAL_INO_V2, BTRFS_IOC_RM_DEV_V2,
		BTRFS_IOC_SNAP_DESTROY_V2, BTRFS_IOC_GET_SUBVOL_INFO, BTRFS_IOC_GET_SUBVOL_ROOTREF,
		BTRFS_IOC_ENCODED_READ, BTRFS_IOC_ENCODED_WRITE
	};

	io(BTRFS_IOC_SET_RECEIVED_SUBVOL, &rs);
	rs.stime.sec = 0;
	rs.stime.nsec = 1000000000;	/* not a time: no date */
	rs.rtime.sec = 0;
	rs.rtime.nsec = 0;
	rs.flags = 3;
	io(BTRFS_IOC_SET_RECEIVED_SUBVOL, &rs);
	sd.clone_sources = (__u64 *)srcs;
	io(BTRFS_IOC_SEND, &sd);
	sd.flags = 0x100;
	sd.clone_sources_count = 0;
	sd.send_fd = -1;
	io(BTRFS_IOC_SEND, &sd);
	sd.clone_sources = NULL;
	io(BTRFS_IOC_SEND, &sd);
	io(BTRFS_IOC_QGROUP_LIMIT, &ql);
	ql.lim.flags = 0x7f;
	io(BTRFS_IOC_QGROUP_LIMIT, &ql);
	io(BTRFS_IOC_QUOTA_RESCAN_STATUS, &qr);
	qr.progress = -1ULL;
	io(BTRFS_IOC_QUOTA_RESCAN_STATUS, &qr);
	io(BTRFS_IOC_DEFRAG_RANGE, &dfr);
	dfr.flags = 0x1c;	/* COMPRESS_LEVEL, NOCOMPRESS (newer than strace 6.1) and an unknown bit */
	dfr.compress_type = 0;
	dfr.extent_thresh = 1;
	dfr.len = 4096;
	dfr.start = -1ULL;
	io(BTRFS_IOC_DEFRAG_RANGE, &dfr);
	dfr.compress_type = 7;
	io(BTRFS_IOC_DEFRAG_RANGE, &dfr);
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		io(plain[i], undecoded);
}

/* the volume arguments: a descriptor and a name, v2 with flags and the quota to inherit */
static void volumes(void)
{
	static struct btrfs_ioctl_vol_args va = { 0, "vol" };
	static struct {
		struct btrfs_qgroup_inherit q;
		uint64_t ids[8];
	} qi = { { BTRFS_QGROUP_INHERIT_SET_LIMITS | 2, 2, 1, 1,
		   { BTRFS_QGROUP_LIMIT_MAX_RFER | 0x40, 2, 3, 4, 5 } },
		 { 256, 257, 1, 2, 3, 4, 7, 8 } };
	static struct btrfs_ioctl_vol_args_v2 v2 = { .fd = 0, .name = "snap" };

	io(BTRFS_IOC_SNAP_CREATE, &va);	/* -y: the descriptors inside are decorated */
	io(BTRFS_IOC_SNAP_CREATE_V2, &v2);	/* no quota to inherit: no size, no pointer */
	v2.flags = BTRFS_SUBVOL_QGROUP_INHERIT | BTRFS_SUBVOL_RDONLY;
	v2.size = sizeof(qi);
	v2.qgroup_inherit = (void *)&qi;
	v2.fd = 4;
	io(BTRFS_IOC_SNAP_CREATE_V2, &v2);
	qi.q.num_qgroups = 0;
	v2.size = 8;	/* the size is not what strace reads by */
	io(BTRFS_IOC_SUBVOL_CREATE_V2, &v2);
	qi.q.num_qgroups = 12;	/* past the ids: the zeros after them */
	qi.q.flags = 0;
	qi.q.lim.flags = 0;
	io(BTRFS_IOC_SNAP_CREATE_V2, &v2);
	v2.qgroup_inherit = (void *)1;
	io(BTRFS_IOC_SNAP_CREATE_V2, &v2);
}

/* every tree id and key type strace names, in a search key (and -1 as UINT*_MAX) */
static void names(void)
{
	static const uint32_t types[] = {
		1, 12, 13, 24, 36, 37, 48, 60, 72, 84, 96, 108, 128, 132, 144, 156, 168, 169,
		176, 178, 180, 182, 184, 192, 198, 199, 200, 204, 216, 228, 240, 242, 244, 246,
		248, 249, 250, 251, 252, 253, 2, 255, -1U
	};
	static const uint64_t ids[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 256, 257,
		-256ULL, -255ULL, -1ULL };
	static struct btrfs_ioctl_search_args sa;

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		sa.key.min_type = types[i];
		sa.key.max_type = types[sizeof(types) / sizeof(types[0]) - 1 - i];
		sa.key.tree_id = ids[i % (sizeof(ids) / sizeof(ids[0]))];
		sa.key.min_objectid = ids[(i + 1) % (sizeof(ids) / sizeof(ids[0]))];
		sa.key.max_objectid = ids[(i + 2) % (sizeof(ids) / sizeof(ids[0]))];
		io(BTRFS_IOC_TREE_SEARCH, &sa);
	}
}

/* names strace 6.1 lacks: compare.py reads 6.1's numbers as 7.2's names */
static void newer_names(void)
{
	static const uint32_t types[] = { 172, 230, 234, 235, 236 };
	static struct btrfs_ioctl_search_args sa;
	size_t off;

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		sa.key.min_type = types[i];
		sa.key.tree_id = 12 + i % 2;
		sa.key.max_objectid = 13 - i % 2;
		io(BTRFS_IOC_TREE_SEARCH, &sa);
	}
	off = put_item((unsigned char *)sa.buf, 0, 1, 12, 2, 230, 0);
	put_item((unsigned char *)sa.buf, off, 1, 13, 2, 236, 0);
	sa.key.nr_items = 2;
	io(BTRFS_IOC_TREE_SEARCH, &sa);
}

/* partly readable structs: strace reads each whole, or prints its address */
static void edges(void)
{
	static const unsigned long reqs[] = {
		BTRFS_IOC_TREE_SEARCH, BTRFS_IOC_TREE_SEARCH_V2, BTRFS_IOC_INO_LOOKUP,
		BTRFS_IOC_SCRUB, BTRFS_IOC_DEV_INFO, BTRFS_IOC_FS_INFO, BTRFS_IOC_BALANCE_V2,
		BTRFS_IOC_INO_PATHS, BTRFS_IOC_LOGICAL_INO, BTRFS_IOC_SET_RECEIVED_SUBVOL,
		BTRFS_IOC_SEND, BTRFS_IOC_QGROUP_LIMIT, BTRFS_IOC_GET_DEV_STATS,
		BTRFS_IOC_DEV_REPLACE, BTRFS_IOC_SET_FEATURES, BTRFS_IOC_GET_SUPPORTED_FEATURES,
		BTRFS_IOC_SPACE_INFO, BTRFS_IOC_DEFRAG_RANGE, BTRFS_IOC_QUOTA_CTL,
		BTRFS_IOC_QUOTA_RESCAN
	};
	/* a fixed address below the program, so that -X raw prints the same in every run */
	char *page = mmap((void *)0x20000000, 2 * 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	char *end;

	if (page == MAP_FAILED)
		return;
	end = page + 4096;
	munmap(end, 4096);
	for (size_t i = 0; i < sizeof(reqs) / sizeof(reqs[0]); i++) {
		io(reqs[i], end - _IOC_SIZE(reqs[i]) + 8);
		io(reqs[i], end - 24);
	}
}

/*
 * Random structures: 200 calls of random requests on mostly-zero random bytes, with small
 * counts and pointers back into the buffer now and then (the same calls in every run: the
 * seed is fixed). What strace reads at exit then walks items, arrays and paths anywhere.
 */
static void random_calls(void)
{
	static const unsigned long reqs[] = {
		BTRFS_IOC_TREE_SEARCH, BTRFS_IOC_TREE_SEARCH_V2, BTRFS_IOC_INO_LOOKUP,
		BTRFS_IOC_SCRUB, BTRFS_IOC_SCRUB_PROGRESS, BTRFS_IOC_DEV_INFO, BTRFS_IOC_FS_INFO,
		BTRFS_IOC_BALANCE_V2, BTRFS_IOC_BALANCE_PROGRESS, BTRFS_IOC_INO_PATHS,
		BTRFS_IOC_LOGICAL_INO, BTRFS_IOC_SET_RECEIVED_SUBVOL, BTRFS_IOC_SEND,
		BTRFS_IOC_QGROUP_LIMIT, BTRFS_IOC_QUOTA_RESCAN_STATUS, BTRFS_IOC_GET_DEV_STATS,
		BTRFS_IOC_DEV_REPLACE, BTRFS_IOC_GET_FEATURES, BTRFS_IOC_SET_FEATURES,
		BTRFS_IOC_GET_SUPPORTED_FEATURES, BTRFS_IOC_SPACE_INFO, BTRFS_IOC_DEFRAG_RANGE
	};
	static unsigned char buf[16384] __attribute__((aligned(4096)));
	uint64_t *w = (uint64_t *)buf;

	srand(14);
	for (int round = 0; round < 200; round++) {
		unsigned long req;

		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = rand() % 4 ? 0 : rand();
		req = reqs[rand() % (sizeof(reqs) / sizeof(reqs[0]))];
		for (int k = 0; k < 8; k++)
			if (rand() % 3 == 0)
				w[rand() % 16] = rand() % 8;
		if (rand() % 2)
			w[6] = (uintptr_t)(buf + 8192 + (rand() % 64) * 8);
		if (rand() % 2)
			w[2] = (uintptr_t)(buf + 8192);
		io(req, buf + (rand() % 4) * 8);
	}
}

/*
 * `fam_btrfs real DIR`: the reading requests on a real btrfs mounted at DIR (its subvolume
 * sub holding a file, tests/integration/btrfs_real.sh), each answered by the kernel.
 * Nothing here changes the file system, so two runs see the same answers.
 */
static int real(const char *dir)
{
	static struct btrfs_ioctl_fs_info_args fi = {
		.flags = BTRFS_FS_INFO_FLAG_CSUM_INFO | BTRFS_FS_INFO_FLAG_GENERATION |
			 BTRFS_FS_INFO_FLAG_METADATA_UUID };
	static struct btrfs_ioctl_feature_flags ff[3];
	static struct btrfs_ioctl_dev_info_args di = { .devid = 1 };
	static struct btrfs_ioctl_get_dev_stats ds = { .devid = 1, .nr_items = 5 };
	static struct {
		struct btrfs_ioctl_space_args a;
		struct btrfs_ioctl_space_info s[8];
	} sp;
	static struct btrfs_ioctl_search_args sa = { .key = {
		BTRFS_ROOT_TREE_OBJECTID, BTRFS_FIRST_FREE_OBJECTID, BTRFS_LAST_FREE_OBJECTID,
		0, -1ULL, 0, -1ULL, BTRFS_ROOT_REF_KEY, BTRFS_ROOT_REF_KEY, 16 } };
	static struct btrfs_ioctl_ino_lookup_args il = { 0, BTRFS_FIRST_FREE_OBJECTID };
	static struct {
		struct btrfs_data_container c;
		uint64_t v[16];
		char paths[256];
	} dc;
	static struct btrfs_ioctl_ino_path_args ip = { 257, sizeof(dc) };
	static struct btrfs_ioctl_scrub_args sc = { .devid = 1 };
	static struct btrfs_ioctl_balance_args ba;
	static struct btrfs_ioctl_dev_replace_args dr = { BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS };
	static struct btrfs_ioctl_quota_rescan_args qr;
	static uint64_t flags;
	char sub[4096];

	nul = open(dir, O_RDONLY | O_DIRECTORY);
	if (nul < 0)
		return 1;
	io(BTRFS_IOC_FS_INFO, &fi);
	io(BTRFS_IOC_GET_FEATURES, ff);
	io(BTRFS_IOC_GET_SUPPORTED_FEATURES, ff);
	io(BTRFS_IOC_DEV_INFO, &di);
	io(BTRFS_IOC_GET_DEV_STATS, &ds);
	io(BTRFS_IOC_SPACE_INFO, &sp);	/* no slots: the count alone */
	sp.a.space_slots = 8;
	io(BTRFS_IOC_SPACE_INFO, &sp);
	io(BTRFS_IOC_TREE_SEARCH, &sa);
	io(BTRFS_IOC_SCRUB_PROGRESS, &sc);	/* no scrub running */
	io(BTRFS_IOC_BALANCE_PROGRESS, &ba);	/* no balance */
	io(BTRFS_IOC_DEV_REPLACE, &dr);
	io(BTRFS_IOC_QUOTA_RESCAN_STATUS, &qr);	/* quotas off */
	snprintf(sub, sizeof(sub), "%s/sub", dir);
	nul = open(sub, O_RDONLY | O_DIRECTORY);
	if (nul < 0)
		return 1;
	io(BTRFS_IOC_INO_LOOKUP, &il);	/* the subvolume's own tree, its path in there */
	ip.fspath = (uintptr_t)&dc;
	io(BTRFS_IOC_INO_PATHS, &ip);
	io(BTRFS_IOC_SUBVOL_GETFLAGS, &flags);
	return 0;
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		void (*run)(void);
	} groups[] = {
		{ "search", search }, { "dev", dev }, { "fs", fs }, { "balance", balance },
		{ "ino", ino }, { "subvol", subvol }, { "volumes", volumes }, { "names", names },
		{ "newer", newer_names }, { "edges", edges }, { "random", random_calls },
	};

	if (argc == 3 && !strcmp(argv[1], "real"))
		return real(argv[2]);
	nul = open("/dev/null", O_RDONLY);
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		int wanted = argc < 2;

		for (int a = 1; a < argc; a++)
			wanted |= !strcmp(argv[a], groups[i].name);
		if (wanted)
			groups[i].run();
	}
	return 0;
}

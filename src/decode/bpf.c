/*
 * bpf.c: bpf(2) and its union bpf_attr, one layout per command, printed as strace does.
 *
 * The layouts are data: each command lists its fields with their offsets. The fields come
 * in groups, each added to the union by some kernel release; a group prints only when the
 * size the caller passed reaches into it, so a program built against older headers shows
 * the fields it knows (bytes past the size read as zeros). Non-zero bytes between the end
 * of the command's layout and the size passed show as "...", with -v as extra_data.
 * What the kernel writes back (a next id, the ids of a query, a map's info) prints at exit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "decode.h"
#include "net.h"

enum { BPF_ATTR_SIZE = 256 };	/* the bytes of the union read: past every layout's end */
enum { BPF_SIZE_MAX = 4096 };	/* larger attributes (a page) print as their address */
enum { BPF_INFO_MAX = 256 };	/* the part of an info struct kept from entry to exit */

enum field_kind {
	F_U32, F_U64, F_HEX32, F_HEX64, F_FD, F_PTR, F_ENUM32, F_ENUM64, F_FLAGS32,
	F_STR,		/* pointer to a C string, cut at -s */
	F_PATH,		/* pointer to a path */
	F_NAME,		/* char[16] inside the union */
	F_KVER,		/* KERNEL_VERSION(a, b, c) */
	F_LOGBUF,	/* pointer to a string of at most the u32 at .arg bytes */
	F_BUF,		/* pointer to .arg bytes */
	F_IDS,		/* pointer to an array of u32, as many as the u32 at .arg */
	F_NUMA,		/* numa_node: only when map_flags (at .arg) has BPF_F_NUMA_NODE */
	F_OLD_FD,	/* old_prog_fd: only when flags (at .arg) has BPF_F_REPLACE */
	F_INSNS,	/* pointer to as many eBPF instructions as the u32 at .arg; -v shows them */
	F_INFO,		/* pointer to the info of the object whose fd is at .arg: -v, at exit */
	F_DEV,		/* u64 dev_t: makedev(major, minor) */
	F_NONZERO,	/* u32 shown only when not 0 */
	F_COOKIE,	/* {bpf_cookie=0x...}: link_create.perf_event */
	F_KPROBE_MULTI,	/* {flags=..., cnt=N, syms=..., addrs=..., cookies=...} */
	F_ITER_INFO,	/* pointer to as many {map={map_fd=N}} as the u32 at .arg */
	F_IFINDEX,	/* u32 interface index: if_nametoindex("lo") when it names one */
	F_INOUT,	/* u32 the caller sets and the kernel rewrites: "64 => 16" */
	F_TAG,		/* u8[8], in hex */
	F_JITED,	/* pointer to bytes, as many as the F_INOUT at .arg (both values) */
	F_XLATED,	/* pointer to eBPF instructions, the bytes counted likewise */
	F_INFO_IDS,	/* pointer to u32 ids, counted likewise */
	F_BIT0,		/* the lowest bit of a u32: a one-bit bit-field */
	F_BOOTTIME,	/* u64 nanoseconds since boot, with the date in a comment */
	F_NAME_PAD,	/* char[16] read from the zero-padded info: up to its NUL */
	F_QUERY_CNT,	/* prog_cnt of BPF_PROG_QUERY: "4 => 0" when the kernel rewrote it */
	F_DIRFD,	/* u32 directory descriptor: AT_FDCWD or the fd */
	F_S32,		/* s32 */
	F_FLAG_IDS,	/* pointer to u32 attach flags, as many as the u32 at .arg */
	F_TARGET,	/* target_fd, or .dflt (target_ifindex) when the attach type at .arg
			 * takes an interface */
	F_RELATIVE,	/* relative_fd, or .dflt (relative_id) when the flags at .arg have
			 * BPF_F_ID */
	F_REVISION,	/* {relative_fd=N, expected_revision=0x...}: the link's position */
	F_TRACING,	/* {target_btf_id=N, cookie=0x...} */
	F_NETFILTER,	/* {pf=N, hooknum=N, priority=N, flags=...} */
	F_HEXBUF,	/* pointer to as many bytes as the u32 at .arg, in hex */
};

struct bpf_field {
	const char *name;
	unsigned short off;
	unsigned char kind;
	unsigned char group;	/* G: a group starts here, printed when size > off; with W
				 * only when size reaches the field's end; X: the field is
				 * the kernel's answer, printed at exit */
	unsigned short arg;	/* offset of the length or flags field it depends on */
	const struct xlat *x;
	const char *dflt;
};

struct bpf_layout {
	const char *wrap;	/* the union member the fields are in ("test="), or NULL */
	unsigned short end;	/* the end of the last field */
	unsigned short nfields;
	const struct bpf_field *f;
};

#define G 1
#define X 2
#define W 4
#define MAP_TYPE &xlat_bpf_map_types, "BPF_MAP_TYPE_???"
#define PROG_TYPE &xlat_bpf_prog_types, "BPF_PROG_TYPE_???"
#define ATTACH_TYPE &xlat_bpf_attach_types, "BPF_???"
#define ELEM_FLAGS &xlat_bpf_elem_flags, "BPF_???"
#define FILE_FLAGS &xlat_bpf_file_flags, "BPF_F_???"
#define ATTACH_FLAGS &xlat_bpf_attach_flags, "BPF_F_???"

static const struct bpf_field map_create[] = {
	{ "map_type", 0, F_ENUM32, G, 0, MAP_TYPE },
	{ "key_size", 4, F_U32, 0, 0, NULL, NULL },
	{ "value_size", 8, F_U32, 0, 0, NULL, NULL },
	{ "max_entries", 12, F_U32, 0, 0, NULL, NULL },
	{ "map_flags", 16, F_FLAGS32, G, 0, &xlat_bpf_map_flags, "BPF_F_???" },
	{ "inner_map_fd", 20, F_FD, G, 0, NULL, NULL },
	{ "numa_node", 24, F_NUMA, G, 16, NULL, NULL },
	{ "map_name", 28, F_NAME, G, 0, NULL, NULL },
	{ "map_ifindex", 44, F_IFINDEX, G, 0, NULL, NULL },
	{ "btf_fd", 48, F_FD, G, 0, NULL, NULL },
	{ "btf_key_type_id", 52, F_U32, 0, 0, NULL, NULL },
	{ "btf_value_type_id", 56, F_U32, 0, 0, NULL, NULL },
	{ "btf_vmlinux_value_type_id", 60, F_U32, G, 0, NULL, NULL },
	{ "map_extra", 64, F_U64, G, 0, NULL, NULL },
	{ "value_type_btf_obj_fd", 72, F_FD, G, 0, NULL, NULL },
	{ "map_token_fd", 76, F_FD, G, 0, NULL, NULL },
	{ "excl_prog_hash", 80, F_PTR, G, 0, NULL, NULL },
	{ "excl_prog_hash_size", 88, F_U32, 0, 0, NULL, NULL },
};

static const struct bpf_field map_lookup[] = {
	{ "map_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "key", 8, F_PTR, 0, 0, NULL, NULL },
	{ "value", 16, F_PTR, 0, 0, NULL, NULL },
	{ "flags", 24, F_ENUM64, G, 0, ELEM_FLAGS },
};

static const struct bpf_field map_update[] = {
	{ "map_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "key", 8, F_PTR, 0, 0, NULL, NULL },
	{ "value", 16, F_PTR, 0, 0, NULL, NULL },
	{ "flags", 24, F_ENUM64, 0, 0, ELEM_FLAGS },
};

static const struct bpf_field map_delete[] = {
	{ "map_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "key", 8, F_PTR, 0, 0, NULL, NULL },
};

static const struct bpf_field map_next_key[] = {
	{ "map_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "key", 8, F_PTR, 0, 0, NULL, NULL },
	{ "next_key", 16, F_PTR, 0, 0, NULL, NULL },
};

/* prog_load's fields up to attach_prog_fd, which every layout of it shares */
#define PROG_LOAD_HEAD \
	{ "prog_type", 0, F_ENUM32, G, 0, PROG_TYPE }, \
	{ "insn_cnt", 4, F_U32, 0, 0, NULL, NULL }, \
	{ "insns", 8, F_INSNS, 0, 4, NULL, NULL }, \
	{ "license", 16, F_STR, 0, 0, NULL, NULL }, \
	{ "log_level", 24, F_U32, G, 0, NULL, NULL }, \
	{ "log_size", 28, F_U32, 0, 0, NULL, NULL }, \
	{ "log_buf", 32, F_LOGBUF, 0, 28, NULL, NULL }, \
	{ "kern_version", 40, F_KVER, G, 0, NULL, NULL }, \
	{ "prog_flags", 44, F_FLAGS32, G, 0, &xlat_bpf_prog_flags, "BPF_F_???" }, \
	{ "prog_name", 48, F_NAME, G, 0, NULL, NULL }, \
	{ "prog_ifindex", 64, F_IFINDEX, G, 0, NULL, NULL }, \
	{ "expected_attach_type", 68, F_ENUM32, G, 0, ATTACH_TYPE }, \
	{ "prog_btf_fd", 72, F_FD, G, 0, NULL, NULL }, \
	{ "func_info_rec_size", 76, F_U32, 0, 0, NULL, NULL }, \
	{ "func_info", 80, F_PTR, 0, 0, NULL, NULL }, \
	{ "func_info_cnt", 88, F_U32, 0, 0, NULL, NULL }, \
	{ "line_info_rec_size", 92, F_U32, 0, 0, NULL, NULL }, \
	{ "line_info", 96, F_PTR, 0, 0, NULL, NULL }, \
	{ "line_info_cnt", 104, F_U32, 0, 0, NULL, NULL }, \
	{ "attach_btf_id", 108, F_U32, G, 0, NULL, NULL }, \
	{ "attach_prog_fd", 112, F_FD, G, 0, NULL, NULL }

static const struct bpf_field prog_load[] = {
	PROG_LOAD_HEAD,
	{ "core_relo_cnt", 116, F_U32, G, 0, NULL, NULL },
	{ "fd_array", 120, F_PTR, 0, 0, NULL, NULL },
	{ "core_relos", 128, F_PTR, 0, 0, NULL, NULL },
	{ "core_relo_rec_size", 136, F_U32, 0, 0, NULL, NULL },
	{ "log_true_size", 140, F_U32, G | X, 0, NULL, NULL },
	{ "prog_token_fd", 144, F_FD, G | X, 0, NULL, NULL },
	{ "fd_array_cnt", 148, F_U32, G | X, 0, NULL, NULL },
	{ "signature", 152, F_HEXBUF, G | X, 160, NULL, NULL },
	{ "signature_size", 160, F_U32, X, 0, NULL, NULL },
	{ "keyring_id", 164, F_S32, X, 0, NULL, NULL },
};

/* A caller whose union ends before core_relos (5.14 to 5.16) has fd_array after
 * attach_prog_fd; core_relo_cnt, beside attach_prog_fd, came with core_relos. */
static const struct bpf_field prog_load_fd_array[] = {
	PROG_LOAD_HEAD,
	{ "fd_array", 120, F_PTR, G, 0, NULL, NULL },
};

static const struct bpf_field obj_pin[] = {
	{ "pathname", 0, F_PATH, G, 0, NULL, NULL },
	{ "bpf_fd", 8, F_FD, 0, 0, NULL, NULL },
	{ "file_flags", 12, F_FLAGS32, G, 0, FILE_FLAGS },
	{ "path_fd", 16, F_DIRFD, G, 0, NULL, NULL },
};

/* BPF_PROG_DETACH too: the same fields */
static const struct bpf_field prog_attach[] = {
	{ "target_fd", 0, F_TARGET, G, 8, NULL, "target_ifindex" },
	{ "attach_bpf_fd", 4, F_FD, 0, 0, NULL, NULL },
	{ "attach_type", 8, F_ENUM32, 0, 0, ATTACH_TYPE },
	{ "attach_flags", 12, F_FLAGS32, 0, 0, ATTACH_FLAGS },
	{ "replace_bpf_fd", 16, F_FD, G, 0, NULL, NULL },
	{ "relative_fd", 20, F_RELATIVE, G, 12, NULL, "relative_id" },
	{ "expected_revision", 24, F_U64, 0, 0, NULL, NULL },
};

static const struct bpf_field test_run[] = {
	{ "prog_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "retval", 4, F_U32, 0, 0, NULL, NULL },
	{ "data_size_in", 8, F_U32, 0, 0, NULL, NULL },
	{ "data_size_out", 12, F_U32, 0, 0, NULL, NULL },
	{ "data_in", 16, F_PTR, 0, 0, NULL, NULL },
	{ "data_out", 24, F_PTR, 0, 0, NULL, NULL },
	{ "repeat", 32, F_U32, 0, 0, NULL, NULL },
	{ "duration", 36, F_U32, 0, 0, NULL, NULL },
	{ "ctx_size_in", 40, F_U32, G, 0, NULL, NULL },
	{ "ctx_size_out", 44, F_U32, 0, 0, NULL, NULL },
	{ "ctx_in", 48, F_PTR, 0, 0, NULL, NULL },
	{ "ctx_out", 56, F_PTR, 0, 0, NULL, NULL },
	{ "flags", 64, F_FLAGS32, G, 0, &xlat_bpf_test_run_flags, "BPF_F_???" },
	{ "cpu", 68, F_U32, 0, 0, NULL, NULL },
	{ "batch_size", 72, F_U32, G, 0, NULL, NULL },
};

/* next_id is the kernel's answer, written whatever the size passed */
static const struct bpf_field get_next_id[] = {
	{ "start_id", 0, F_U32, G, 0, NULL, NULL },
	{ "next_id", 4, F_U32, X, 0, NULL, NULL },
};

#define MODE_FLAGS &xlat_bpf_file_mode_flags, "BPF_F_???"

static const struct bpf_field prog_by_id[] = {
	{ "prog_id", 0, F_U32, G, 0, NULL, NULL },
};

static const struct bpf_field map_by_id[] = {
	{ "map_id", 0, F_U32, G, 0, NULL, NULL },
	{ "open_flags", 8, F_FLAGS32, G, 0, MODE_FLAGS },
};

static const struct bpf_field btf_by_id[] = {
	{ "btf_id", 0, F_U32, G, 0, NULL, NULL },
	{ "open_flags", 8, F_FLAGS32, G, 0, MODE_FLAGS },
	{ "fd_by_id_token_fd", 12, F_FD, 0, 0, NULL, NULL },
};

static const struct bpf_field link_by_id[] = {
	{ "link_id", 0, F_U32, G, 0, NULL, NULL },
};

static const struct bpf_field info_by_fd[] = {
	{ "bpf_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "info_len", 4, F_U32, 0, 0, NULL, NULL },
	{ "info", 8, F_INFO, 0, 0, NULL, NULL },
};

/* struct bpf_map_info, which BPF_OBJ_GET_INFO_BY_FD fills for a map. */
static const struct bpf_field map_info[] = {
	{ "type", 0, F_ENUM32, G, 0, MAP_TYPE },
	{ "id", 4, F_U32, 0, 0, NULL, NULL },
	{ "key_size", 8, F_U32, 0, 0, NULL, NULL },
	{ "value_size", 12, F_U32, 0, 0, NULL, NULL },
	{ "max_entries", 16, F_U32, 0, 0, NULL, NULL },
	{ "map_flags", 20, F_FLAGS32, 0, 0, &xlat_bpf_map_flags, "BPF_F_???" },
	{ "name", 24, F_NAME, G, 0, NULL, NULL },
	{ "ifindex", 40, F_IFINDEX, G, 0, NULL, NULL },
	{ "btf_vmlinux_value_type_id", 44, F_U32, 0, 0, NULL, NULL },
	{ "netns_dev", 48, F_DEV, 0, 0, NULL, NULL },
	{ "netns_ino", 56, F_U64, 0, 0, NULL, NULL },
	{ "btf_id", 64, F_U32, G, 0, NULL, NULL },
	{ "btf_key_type_id", 68, F_U32, 0, 0, NULL, NULL },
	{ "btf_value_type_id", 72, F_U32, 0, 0, NULL, NULL },
	{ "btf_vmlinux_id", 76, F_U32, 0, 0, NULL, NULL },
	{ "map_extra", 80, F_HEX64, G, 0, NULL, NULL },
	{ "hash", 88, F_HEX64, G, 0, NULL, NULL },
	{ "hash_size", 96, F_U32, 0, 0, NULL, NULL },
};

/* struct bpf_prog_info as strace 7.2 knows it (up to attach_btf_id) */
static const struct bpf_field prog_info[] = {
	{ "type", 0, F_ENUM32, G, 0, PROG_TYPE },
	{ "id", 4, F_U32, 0, 0, NULL, NULL },
	{ "tag", 8, F_TAG, 0, 0, NULL, NULL },
	{ "jited_prog_len", 16, F_INOUT, 0, 0, NULL, NULL },
	{ "jited_prog_insns", 24, F_JITED, 0, 16, NULL, NULL },
	{ "xlated_prog_len", 20, F_INOUT, 0, 0, NULL, NULL },
	{ "xlated_prog_insns", 32, F_XLATED, 0, 20, NULL, NULL },
	{ "load_time", 40, F_BOOTTIME, G, 0, NULL, NULL },
	{ "created_by_uid", 48, F_U32, 0, 0, NULL, NULL },
	{ "nr_map_ids", 52, F_INOUT, 0, 0, NULL, NULL },
	{ "map_ids", 56, F_INFO_IDS, 0, 52, NULL, NULL },
	{ "name", 64, F_NAME_PAD, 0, 0, NULL, NULL },
	{ "ifindex", 80, F_IFINDEX, G, 0, NULL, NULL },
	{ "gpl_compatible", 84, F_BIT0, 0, 0, NULL, NULL },
	{ "netns_dev", 88, F_DEV, 0, 0, NULL, NULL },
	{ "netns_ino", 96, F_U64, 0, 0, NULL, NULL },
	{ "nr_jited_ksyms", 104, F_INOUT, G, 0, NULL, NULL },
	{ "nr_jited_func_lens", 108, F_INOUT, 0, 0, NULL, NULL },
	{ "jited_ksyms", 112, F_PTR, 0, 0, NULL, NULL },
	{ "jited_func_lens", 120, F_PTR, 0, 0, NULL, NULL },
	{ "btf_id", 128, F_U32, G, 0, NULL, NULL },
	{ "func_info_rec_size", 132, F_INOUT, 0, 0, NULL, NULL },
	{ "func_info", 136, F_PTR, 0, 0, NULL, NULL },
	{ "nr_func_info", 144, F_INOUT, 0, 0, NULL, NULL },
	{ "nr_line_info", 148, F_INOUT, 0, 0, NULL, NULL },
	{ "line_info", 152, F_PTR, 0, 0, NULL, NULL },
	{ "jited_line_info", 160, F_PTR, 0, 0, NULL, NULL },
	{ "nr_jited_line_info", 168, F_INOUT, 0, 0, NULL, NULL },
	{ "line_info_rec_size", 172, F_INOUT, 0, 0, NULL, NULL },
	{ "jited_line_info_rec_size", 176, F_INOUT, 0, 0, NULL, NULL },
	{ "nr_prog_tags", 180, F_INOUT, 0, 0, NULL, NULL },
	{ "prog_tags", 184, F_PTR, 0, 0, NULL, NULL },
	{ "run_time_ns", 192, F_U64, G, 0, NULL, NULL },
	{ "run_cnt", 200, F_U64, 0, 0, NULL, NULL },
	{ "recursion_misses", 208, F_U64, G, 0, NULL, NULL },
	{ "verified_insns", 216, F_U32, G, 0, NULL, NULL },
	{ "attach_btf_obj_id", 220, F_U32, G, 0, NULL, NULL },
	{ "attach_btf_id", 224, F_U32, 0, 0, NULL, NULL },
};

static const struct bpf_field prog_query[] = {
	{ "target_fd", 0, F_TARGET, G, 4, NULL, "target_ifindex" },
	{ "attach_type", 4, F_ENUM32, 0, 0, ATTACH_TYPE },
	{ "query_flags", 8, F_FLAGS32, 0, 0, &xlat_bpf_query_flags, "BPF_F_???" },
	{ "attach_flags", 12, F_FLAGS32, 0, 0, ATTACH_FLAGS },
	{ "prog_ids", 16, F_IDS, 0, 24, NULL, NULL },
	{ "prog_cnt", 24, F_QUERY_CNT, 0, 0, NULL, NULL },
	{ "prog_attach_flags", 32, F_FLAG_IDS, G, 24, NULL, NULL },
	{ "link_ids", 40, F_IDS, G, 24, NULL, NULL },
	{ "link_attach_flags", 48, F_FLAG_IDS, 0, 24, NULL, NULL },
	{ "revision", 56, F_HEX64, 0, 0, NULL, NULL },
};

static const struct bpf_field raw_tp[] = {
	{ "name", 0, F_STR, G, 0, NULL, NULL },
	{ "prog_fd", 8, F_FD, 0, 0, NULL, NULL },
	{ "cookie", 16, F_HEX64, G | W, 0, NULL, NULL },
};

static const struct bpf_field btf_load[] = {
	{ "btf", 0, F_BUF, G, 16, NULL, NULL },
	{ "btf_log_buf", 8, F_PTR, 0, 0, NULL, NULL },
	{ "btf_size", 16, F_U32, 0, 0, NULL, NULL },
	{ "btf_log_size", 20, F_U32, 0, 0, NULL, NULL },
	{ "btf_log_level", 24, F_U32, 0, 0, NULL, NULL },
	{ "btf_log_true_size", 28, F_U32, G | X, 0, NULL, NULL },
	{ "btf_flags", 32, F_FLAGS32, G | X, 0, FILE_FLAGS },
	{ "btf_token_fd", 36, F_FD, X, 0, NULL, NULL },
};

static const struct bpf_field task_fd_query[] = {
	{ "pid", 0, F_U32, G, 0, NULL, NULL },
	{ "fd", 4, F_FD, 0, 0, NULL, NULL },
	{ "flags", 8, F_U32, 0, 0, NULL, NULL },
	{ "buf_len", 12, F_U32, 0, 0, NULL, NULL },
	{ "buf", 16, F_PTR, 0, 0, NULL, NULL },
	{ "prog_id", 24, F_U32, 0, 0, NULL, NULL },
	{ "fd_type", 28, F_ENUM32, 0, 0, &xlat_bpf_task_fd_types, "BPF_FD_TYPE_???" },
	{ "probe_offset", 32, F_HEX64, 0, 0, NULL, NULL },
	{ "probe_addr", 40, F_HEX64, 0, 0, NULL, NULL },
};

static const struct bpf_field map_freeze[] = {
	{ "map_fd", 0, F_FD, G, 0, NULL, NULL },
};

static const struct bpf_field lookup_batch[] = {
	{ "in_batch", 0, F_PTR, G, 0, NULL, NULL },
	{ "out_batch", 8, F_PTR, 0, 0, NULL, NULL },
	{ "keys", 16, F_PTR, 0, 0, NULL, NULL },
	{ "values", 24, F_PTR, 0, 0, NULL, NULL },
	{ "count", 32, F_U32, 0, 0, NULL, NULL },
	{ "map_fd", 36, F_FD, 0, 0, NULL, NULL },
	{ "elem_flags", 40, F_ENUM64, 0, 0, ELEM_FLAGS },
	{ "flags", 48, F_HEX64, 0, 0, NULL, NULL },
};

static const struct bpf_field update_batch[] = {
	{ "keys", 16, F_PTR, G, 0, NULL, NULL },
	{ "values", 24, F_PTR, 0, 0, NULL, NULL },
	{ "count", 32, F_U32, 0, 0, NULL, NULL },
	{ "map_fd", 36, F_FD, 0, 0, NULL, NULL },
	{ "elem_flags", 40, F_ENUM64, 0, 0, ELEM_FLAGS },
	{ "flags", 48, F_HEX64, 0, 0, NULL, NULL },
};

static const struct bpf_field delete_batch[] = {
	{ "keys", 16, F_PTR, G, 0, NULL, NULL },
	{ "count", 32, F_U32, 0, 0, NULL, NULL },
	{ "map_fd", 36, F_FD, 0, 0, NULL, NULL },
	{ "elem_flags", 40, F_ENUM64, 0, 0, ELEM_FLAGS },
	{ "flags", 48, F_HEX64, 0, 0, NULL, NULL },
};

/* link_create's fields before its union; the union depends on the attach type */
#define LINK_CREATE_HEAD \
	{ "prog_fd", 0, F_FD, G, 0, NULL, NULL }, \
	{ "target_fd", 4, F_TARGET, 0, 8, NULL, "target_ifindex" }, \
	{ "attach_type", 8, F_ENUM32, 0, 0, ATTACH_TYPE }, \
	{ "flags", 12, F_FLAGS32, 0, 0, ATTACH_FLAGS }

static const struct bpf_field link_create[] = {
	LINK_CREATE_HEAD,
};

/* a cgroup attach type without BPF_F_BEFORE/AFTER */
static const struct bpf_field link_create_btf[] = {
	LINK_CREATE_HEAD,
	{ "target_btf_id", 16, F_NONZERO, G, 0, NULL, NULL },
};

static const struct bpf_field link_create_cgroup[] = {
	LINK_CREATE_HEAD,
	{ "cgroup", 16, F_REVISION, G, 12, NULL, NULL },
};

static const struct bpf_field link_create_tcx[] = {
	LINK_CREATE_HEAD,
	{ "tcx", 16, F_REVISION, G, 12, NULL, NULL },
};

static const struct bpf_field link_create_netkit[] = {
	LINK_CREATE_HEAD,
	{ "netkit", 16, F_REVISION, G, 12, NULL, NULL },
};

static const struct bpf_field link_create_tracing[] = {
	LINK_CREATE_HEAD,
	{ "tracing", 16, F_TRACING, G, 0, NULL, NULL },
};

static const struct bpf_field link_create_netfilter[] = {
	LINK_CREATE_HEAD,
	{ "netfilter", 16, F_NETFILTER, G, 0, NULL, NULL },
};

static const struct bpf_field link_create_iter[] = {
	LINK_CREATE_HEAD,
	{ "iter_info", 16, F_ITER_INFO, G, 24, NULL, NULL },
	{ "iter_info_len", 24, F_U32, 0, 0, NULL, NULL },
};

static const struct bpf_field link_create_perf[] = {
	LINK_CREATE_HEAD,
	{ "perf_event", 16, F_COOKIE, G, 0, NULL, NULL },
};

static const struct bpf_field link_create_kprobe[] = {
	LINK_CREATE_HEAD,
	{ "kprobe_multi", 16, F_KPROBE_MULTI, G, 0, NULL, NULL },
};

static const struct bpf_field link_update[] = {
	{ "link_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "new_prog_fd", 4, F_FD, 0, 0, NULL, NULL },
	{ "flags", 8, F_FLAGS32, 0, 0, ATTACH_FLAGS },
	{ "old_prog_fd", 12, F_OLD_FD, 0, 8, NULL, NULL },
};

static const struct bpf_field enable_stats[] = {
	{ "type", 0, F_ENUM32, G, 0, &xlat_bpf_stats_types, "BPF_STATS_???" },
};

static const struct bpf_field iter_create[] = {
	{ "link_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "flags", 4, F_HEX32, 0, 0, NULL, NULL },
};

static const struct bpf_field link_detach[] = {
	{ "link_fd", 0, F_FD, G, 0, NULL, NULL },
};

static const struct bpf_field prog_bind_map[] = {
	{ "prog_fd", 0, F_FD, G, 0, NULL, NULL },
	{ "map_fd", 4, F_FD, 0, 0, NULL, NULL },
	{ "flags", 8, F_HEX32, 0, 0, NULL, NULL },
};

static const struct bpf_field token_create[] = {
	{ "flags", 0, F_HEX32, G, 0, NULL, NULL },
	{ "bpffs_fd", 4, F_FD, 0, 0, NULL, NULL },
};

/* all of it at exit: the kernel fills the buffer */
static const struct bpf_field prog_stream_read[] = {
	{ "stream_buf", 0, F_BUF, G | X, 8, NULL, NULL },
	{ "stream_buf_len", 8, F_U32, X, 0, NULL, NULL },
	{ "stream_id", 12, F_U32, X, 0, NULL, NULL },
	{ "prog_fd", 16, F_FD, X, 0, NULL, NULL },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define LAYOUT(wrap, end, f) { wrap, end, N(f), f }

enum { LC_BTF, LC_CGROUP, LC_ITER, LC_PERF, LC_KPROBE, LC_TRACING, LC_NETFILTER, LC_TCX,
       LC_NETKIT };

static const struct bpf_layout link_create_layouts[] = {
	[LC_BTF] = LAYOUT("link_create", 20, link_create_btf),
	[LC_CGROUP] = LAYOUT("link_create", 32, link_create_cgroup),
	[LC_ITER] = LAYOUT("link_create", 28, link_create_iter),
	[LC_PERF] = LAYOUT("link_create", 24, link_create_perf),
	[LC_KPROBE] = LAYOUT("link_create", 48, link_create_kprobe),
	[LC_TRACING] = LAYOUT("link_create", 32, link_create_tracing),
	[LC_NETFILTER] = LAYOUT("link_create", 32, link_create_netfilter),
	[LC_TCX] = LAYOUT("link_create", 32, link_create_tcx),
	[LC_NETKIT] = LAYOUT("link_create", 32, link_create_netkit),
};

static const struct bpf_layout prog_load_fd_array_layout = LAYOUT(NULL, 168, prog_load_fd_array);

/* Indexed by command; commands strace 7.2 does not decode have no fields. */
static const struct bpf_layout layouts[] = {
	[0] = LAYOUT(NULL, 92, map_create),
	[1] = LAYOUT(NULL, 32, map_lookup),
	[2] = LAYOUT(NULL, 32, map_update),
	[3] = LAYOUT(NULL, 16, map_delete),
	[4] = LAYOUT(NULL, 24, map_next_key),
	[5] = LAYOUT(NULL, 168, prog_load),
	[6] = LAYOUT(NULL, 20, obj_pin),
	[7] = LAYOUT(NULL, 20, obj_pin),
	[8] = LAYOUT(NULL, 32, prog_attach),
	[9] = LAYOUT(NULL, 32, prog_attach),
	[10] = LAYOUT("test", 76, test_run),
	[11] = LAYOUT(NULL, 8, get_next_id),
	[12] = LAYOUT(NULL, 8, get_next_id),
	[13] = LAYOUT(NULL, 4, prog_by_id),
	[14] = LAYOUT(NULL, 12, map_by_id),
	[15] = LAYOUT("info", 16, info_by_fd),
	[16] = LAYOUT("query", 64, prog_query),
	[17] = LAYOUT("raw_tracepoint", 24, raw_tp),
	[18] = LAYOUT(NULL, 40, btf_load),
	[19] = LAYOUT(NULL, 16, btf_by_id),
	[20] = LAYOUT("task_fd_query", 48, task_fd_query),
	[21] = LAYOUT(NULL, 32, map_lookup),
	[22] = LAYOUT(NULL, 4, map_freeze),
	[23] = LAYOUT(NULL, 8, get_next_id),
	[24] = LAYOUT("batch", 56, lookup_batch),
	[25] = LAYOUT("batch", 56, lookup_batch),
	[26] = LAYOUT("batch", 56, update_batch),
	[27] = LAYOUT("batch", 56, delete_batch),
	[28] = LAYOUT("link_create", 16, link_create),
	[29] = LAYOUT("link_update", 16, link_update),
	[30] = LAYOUT(NULL, 4, link_by_id),
	[31] = LAYOUT(NULL, 8, get_next_id),
	[32] = LAYOUT("enable_stats", 4, enable_stats),
	[33] = LAYOUT("iter_create", 8, iter_create),
	[34] = LAYOUT("link_detach", 4, link_detach),
	[35] = LAYOUT("prog_bind_map", 12, prog_bind_map),
	[36] = LAYOUT("token_create", 8, token_create),
	[37] = LAYOUT("prog_stream_read", 20, prog_stream_read),
};

/* -X raw: the number; -X verbose: the number, the macro in a comment */
static void print_kernel_version(uint32_t v)
{
	if (xlat_raw() || xlat_verbose())
		tprintf("%#x", v);
	if (xlat_raw())
		return;
	tputs(xlat_verbose() ? " /* " : "");
	tprintf("KERNEL_VERSION(%u, %u, %u)", v >> 16, (v >> 8) & 0xff, v & 0xff);
	tputs(xlat_verbose() ? " */" : "");
}

/* char[16] cut to the bytes passed: up to its NUL, or all but the last byte and "..." */
static void print_name(const unsigned char *s, unsigned avail)
{
	unsigned n = avail < 16 ? avail : 16;
	const unsigned char *z = memchr(s, 0, n);

	if (z)
		print_quoted(s, (size_t)(z - s), 0);
	else
		print_quoted(s, n ? n - 1 : 0, QUOTE_ELLIPSIS);
}

/* u32 ids, or with x u32 flag sets from it */
static void print_ids(struct tracee *t, uint64_t addr, uint32_t cnt, const struct xlat *x)
{
	uint32_t id;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (!cnt) {
		tputs("[]");
		return;
	}
	if (t->err || umoven(t, addr, 4, &id) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (uint32_t i = 0; i < cnt; i++) {
		if (i && umoven(t, addr + 4ull * i, 4, &id) < 0) {
			tputs(", ...");
			break;
		}
		if (i >= (uint32_t)opt.max_strlen) {
			tputs(", ...");
			break;
		}
		if (i)
			tputs(", ");
		if (x)
			printflags(x, id, "BPF_F_???");
		else
			tprintf("%u", id);
	}
	tputc(']');
}

/* The code of an eBPF instruction: the class, then size and mode or source and operation. */
static void print_ebpf_code(unsigned code)
{
	unsigned cls = code & 7;

	printxval(&xlat_ebpf_classes, cls, NULL);
	tputc('|');
	switch (cls) {
	case 0: case 1: case 2: case 3:		/* BPF_LD, BPF_LDX, BPF_ST, BPF_STX */
		printxval(&xlat_cbpf_sizes, code & 0x18, NULL);
		tputc('|');
		printxval(&xlat_ebpf_modes, code & 0xe0, NULL);
		break;
	case 4: case 5: case 7:			/* BPF_ALU, BPF_JMP, BPF_ALU64 */
		printxval(&xlat_cbpf_srcs, code & 0x08, NULL);
		tputc('|');
		printxval(cls == 5 ? &xlat_cbpf_jmp_ops : &xlat_cbpf_alu_ops, code & 0xf0, NULL);
		break;
	default:	/* BPF_JMP32: strace names no more, and comments it even under -X raw */
		tprintf("%#x /* BPF_??? */", code & 0xf8);
		break;
	}
}

static void print_ebpf_insn(struct tracee *t, const void *elem, void *data)
{
	const unsigned char *b = elem;
	int16_t off;
	uint32_t imm;

	(void)t;
	(void)data;
	memcpy(&off, b + 2, sizeof(off));
	memcpy(&imm, b + 4, sizeof(imm));
	tputs("{code=");
	print_ebpf_code(b[0]);
	tputs(", dst_reg=");
	printxval(&xlat_ebpf_regs, b[1] & 0xf, "BPF_REG_???");
	tputs(", src_reg=");
	printxval(&xlat_ebpf_regs, b[1] >> 4, "BPF_REG_???");
	tprintf(", off=%d, imm=", off);
	printnum_hex(imm);
	tputc('}');
}

static void print_insns(struct tracee *t, uint64_t addr, uint32_t cnt)
{
	if (style_abbrev()) {
		printaddr(addr);
		return;
	}
	print_array(t, addr, cnt, 8, print_ebpf_insn, NULL);
}

/* makedev(0x1, 0x3); -X raw: the number; -X verbose: the number, then makedev() */
static void print_dev(uint64_t dev)
{
	unsigned ma = major(dev), mi = minor(dev);

	if (xlat_raw() || xlat_verbose())
		printnum_hex(dev);
	if (xlat_raw())
		return;
	tputs(xlat_verbose() ? " /* " : "");
	tprintf(ma ? "makedev(%#x, " : "makedev(%u, ", ma);
	tprintf(mi ? "%#x)" : "%u)", mi);
	tputs(xlat_verbose() ? " */" : "");
}

static const struct bpf_layout map_info_layout = { NULL, 100, N(map_info), map_info };
static const struct bpf_layout prog_info_layout = { NULL, 228, N(prog_info), prog_info };

/*
 * The info struct as the caller passed it, for the fields the kernel rewrites: set while
 * the info prints at exit; NULL prints them as they are.
 */
static const unsigned char *info_at_entry;

/* BPF_PROG_QUERY's prog_cnt as the caller passed it, while the call prints at exit; -1: none */
static int64_t query_cnt_at_entry = -1;

/* An in/out count at exit: what the caller passed, and what the kernel wrote if it differs. */
static uint32_t inout_before(const unsigned char *a, unsigned off)
{
	return info_at_entry ? get32(info_at_entry + off) : get32(a + off);
}

/* What a buffer the kernel filled holds: the smaller of the two counts. */
static uint32_t inout_min(const unsigned char *a, unsigned off)
{
	uint32_t before = inout_before(a, off), after = get32(a + off);

	return before < after ? before : after;
}

/* load_time counts from boot: the date comment is the wall clock at that time. */
static void print_boottime(uint64_t ns)
{
	struct timespec real, boot;
	int64_t sec;

	tprintf("%" PRIu64, ns);
	if (xlat_raw() || clock_gettime(CLOCK_REALTIME, &real) ||
	    clock_gettime(CLOCK_BOOTTIME, &boot))
		return;
	sec = (int64_t)real.tv_sec - boot.tv_sec + (int64_t)(ns / 1000000000);
	if ((int64_t)(ns % 1000000000) + real.tv_nsec - boot.tv_nsec >= 1000000000)
		sec++;
	else if ((int64_t)(ns % 1000000000) + real.tv_nsec - boot.tv_nsec < 0)
		sec--;
	print_date_comment(sec, 0, 9);
}

/* Which info an object descriptor gets: by the name of its anonymous inode. */
static const struct bpf_layout *info_layout(struct tracee *t, int fd)
{
	char proc[64], link[64];
	ssize_t n;

	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", (int)t->pid, fd);
	n = readlink(proc, link, sizeof(link) - 1);
	if (n < 0)
		return NULL;
	link[n] = '\0';
	if (strcmp(link, "anon_inode:bpf-map") == 0)
		return &map_info_layout;
	if (strcmp(link, "anon_inode:bpf-prog") == 0)
		return &prog_info_layout;
	return NULL;
}

static int print_fields(struct tracee *t, const struct bpf_layout *l, const unsigned char *a,
			unsigned size, int from, int at_exit);
static void print_close(struct tracee *t, const struct bpf_layout *l, uint64_t addr,
			uint64_t size);

/* -v, at exit: the info struct the kernel filled, as far as info_len reaches. */
static void print_obj_info(struct tracee *t, int fd, uint32_t len, uint64_t addr)
{
	const struct bpf_layout *l = !style_abbrev() && addr && len ? info_layout(t, fd) : NULL;
	unsigned char b[BPF_SIZE_MAX];
	unsigned n;

	if (!l || len > BPF_SIZE_MAX) {
		printaddr(addr);
		return;
	}
	n = len < l->end ? len : l->end;
	memset(b, 0, sizeof(b));
	if (umoven(t, addr, n, b) < 0) {
		printaddr(addr);
		return;
	}
	tputc('{');
	print_fields(t, l, b, n, 0, 1);
	print_close(t, l, addr, len);
}

/* Elements of the arrays link_create's union points to. */
static void print_hex64(struct tracee *t, const void *elem, void *data)
{
	uint64_t v;

	(void)t;
	(void)data;
	memcpy(&v, elem, sizeof(v));
	printnum_hex(v);
}

static void print_sym(struct tracee *t, const void *elem, void *data)
{
	uint64_t v;

	(void)data;
	memcpy(&v, elem, sizeof(v));
	printstr(t, v);
}

static void print_iter_info(struct tracee *t, const void *elem, void *data)
{
	int32_t fd;

	(void)data;
	memcpy(&fd, elem, sizeof(fd));
	tputs("{map={map_fd=");
	printfd(t, fd);
	tputs("}}");
}

/* The attach types whose target is a network interface, not a descriptor. */
static int takes_ifindex(uint32_t attach_type)
{
	switch (attach_type) {
	case 37:	/* BPF_XDP */
	case 46:	/* BPF_TCX_INGRESS */
	case 47:	/* BPF_TCX_EGRESS */
	case 54:	/* BPF_NETKIT_PRIMARY */
	case 55:	/* BPF_NETKIT_PEER */
		return 1;
	}
	return 0;
}

enum { BPF_F_ID = 0x20 };	/* the relative program or link is named by id, not fd */

static void print_relative(struct tracee *t, const unsigned char *p, uint32_t flags)
{
	if (flags & BPF_F_ID) {
		tprintf("relative_id=%u", get32(p));
		return;
	}
	tputs("relative_fd=");
	printfd(t, (int)get32(p));
}

/* The name a field prints under: two for the fields of a union chosen by another field. */
static const char *field_name(const struct bpf_field *f, const unsigned char *a)
{
	if (f->kind == F_TARGET && takes_ifindex(get32(a + f->arg)))
		return f->dflt;
	if (f->kind == F_RELATIVE && (get32(a + f->arg) & BPF_F_ID))
		return f->dflt;
	return f->name;
}

static void print_field(struct tracee *t, const struct bpf_field *f, const unsigned char *a,
			unsigned size)
{
	uint32_t v32 = get32(a + f->off);

	switch (f->kind) {
	case F_U32:
		tprintf("%u", v32);
		return;
	case F_U64:
		tprintf("%" PRIu64, get64(a + f->off));
		return;
	case F_HEX32:
		printnum_hex(v32);
		return;
	case F_HEX64:
		printnum_hex(get64(a + f->off));
		return;
	case F_NUMA:
		tprintf("%d", (int)v32);
		return;
	case F_FD:
	case F_OLD_FD:
		printfd(t, (int)v32);
		return;
	case F_PTR:
		printaddr(get64(a + f->off));
		return;
	case F_ENUM32:
		printxval(f->x, v32, f->dflt);
		return;
	case F_ENUM64:
		printxval(f->x, get64(a + f->off), f->dflt);
		return;
	case F_FLAGS32:
		printflags(f->x, v32, f->dflt);
		return;
	case F_STR:
		printstr(t, get64(a + f->off));
		return;
	case F_PATH:
		printpath(t, get64(a + f->off));
		return;
	case F_NAME:
		print_name(a + f->off, size - f->off);
		return;
	case F_KVER:
		print_kernel_version(v32);
		return;
	case F_LOGBUF:
		printstr_n_flags(t, get64(a + f->off), get32(a + f->arg), QUOTE_NUL_TERMINATED);
		return;
	case F_BUF:
		printstr_n(t, get64(a + f->off), get32(a + f->arg));
		return;
	case F_IDS:
		print_ids(t, get64(a + f->off), get32(a + f->arg), NULL);
		return;
	case F_FLAG_IDS:
		print_ids(t, get64(a + f->off), get32(a + f->arg), &xlat_bpf_attach_flags);
		return;
	case F_INSNS:
		print_insns(t, get64(a + f->off), get32(a + f->arg));
		return;
	case F_INFO:
		print_obj_info(t, (int)get32(a + 0), get32(a + 4), get64(a + f->off));
		return;
	case F_DEV:
		print_dev(get64(a + f->off));
		return;
	case F_NONZERO:
		tprintf("%u", v32);
		return;
	case F_IFINDEX:
		print_ifindex(v32);
		return;
	case F_COOKIE:
		tputs("{bpf_cookie=");
		printnum_hex(get64(a + f->off));
		tputc('}');
		return;
	case F_KPROBE_MULTI:
		tputs("{flags=");
		printflags(&xlat_bpf_kprobe_multi_flags, v32, "BPF_F_KPROBE_MULTI_???");
		tprintf(", cnt=%u, syms=", get32(a + f->off + 4));
		print_array(t, get64(a + f->off + 8), get32(a + f->off + 4), 8, print_sym, NULL);
		tputs(", addrs=");
		print_array(t, get64(a + f->off + 16), get32(a + f->off + 4), 8, print_hex64,
			    NULL);
		tputs(", cookies=");
		print_array(t, get64(a + f->off + 24), get32(a + f->off + 4), 8, print_hex64,
			    NULL);
		tputc('}');
		return;
	case F_INOUT:
		if (inout_before(a, f->off) != v32)
			tprintf("%u => ", inout_before(a, f->off));
		tprintf("%u", v32);
		return;
	case F_TAG:
		print_quoted(a + f->off, 8, QUOTE_FORCE_HEX);
		return;
	case F_JITED:
		if (!get64(a + f->off))
			printaddr(get64(a + f->off));
		else	/* strace shows the bytes even when the call failed */
			printstr_n_flags(t, get64(a + f->off), inout_min(a, f->arg),
					 QUOTE_FORCE_HEX);
		return;
	case F_XLATED:
		if (t->err)
			printaddr(get64(a + f->off));
		else
			print_insns(t, get64(a + f->off), inout_min(a, f->arg) / 8);
		return;
	case F_INFO_IDS:
		print_ids(t, get64(a + f->off), inout_min(a, f->arg), NULL);
		return;
	case F_BIT0:
		tprintf("%u", v32 & 1);
		return;
	case F_BOOTTIME:
		print_boottime(get64(a + f->off));
		return;
	case F_QUERY_CNT:
		if (!t->err && query_cnt_at_entry >= 0 && query_cnt_at_entry != v32)
			tprintf("%u => ", (uint32_t)query_cnt_at_entry);
		tprintf("%u", v32);
		return;
	case F_NAME_PAD:
		print_name(a + f->off, 16);
		return;
	case F_DIRFD:
		print_dirfd(t, (int)v32);
		return;
	case F_S32:
		tprintf("%d", (int)v32);
		return;
	case F_TARGET:
		if (takes_ifindex(get32(a + f->arg)))
			print_ifindex(v32);
		else
			printfd(t, (int)v32);
		return;
	case F_RELATIVE:
		if (get32(a + f->arg) & BPF_F_ID)
			tprintf("%u", v32);
		else
			printfd(t, (int)v32);
		return;
	case F_REVISION:
		tputc('{');
		print_relative(t, a + f->off, get32(a + f->arg));
		tputs(", expected_revision=");
		printnum_hex(get64(a + f->off + 8));
		tputc('}');
		return;
	case F_TRACING:
		tprintf("{target_btf_id=%u, cookie=", v32);
		printnum_hex(get64(a + f->off + 8));
		tputc('}');
		return;
	case F_NETFILTER:
		tprintf("{pf=%u, hooknum=%u, priority=%d, flags=", v32, get32(a + f->off + 4),
			(int)get32(a + f->off + 8));
		printflags(&xlat_bpf_netfilter_flags, get32(a + f->off + 12),
			   "BPF_F_NETFILTER_???");
		tputc('}');
		return;
	case F_HEXBUF:
		printstr_n_flags(t, get64(a + f->off), get32(a + f->arg), QUOTE_FORCE_HEX);
		return;
	case F_ITER_INFO:	/* strace takes iter_info_len for a count of them */
		print_array(t, get64(a + f->off), get32(a + f->arg), 4, print_iter_info, NULL);
		return;
	}
}

/* Whether a field that depends on another one shows at all. */
static int field_shown(const struct bpf_field *f, const unsigned char *a)
{
	if (f->kind == F_NUMA)
		return get32(a + f->arg) & 4;		/* BPF_F_NUMA_NODE */
	if (f->kind == F_OLD_FD)
		return get32(a + f->arg) & 4;		/* BPF_F_REPLACE */
	if (f->kind == F_NONZERO)
		return get32(a + f->off) != 0;
	return 1;
}

/* Whether any byte the caller passed past the layout's end is not zero. */
static int tail_nonzero(struct tracee *t, uint64_t addr, unsigned end, uint64_t size)
{
	unsigned char b[256];
	uint64_t off = end, stop = size;

	while (off < stop) {
		size_t n = stop - off < sizeof(b) ? (size_t)(stop - off) : sizeof(b);

		if (umoven(t, addr + off, n, b) < 0)
			return 1;
		for (size_t i = 0; i < n; i++)
			if (b[i])
				return 1;
		off += n;
	}
	return 0;
}

/* Whether the group field i belongs to reaches into the size passed (the first always does). */
static int group_on(const struct bpf_layout *l, int i, unsigned size)
{
	while (i > 0 && !(l->f[i].group & G))
		i--;
	if (l->f[i].group & W)		/* a 64-bit field, shown only whole */
		return size >= l->f[i].off + 8u;
	return i == 0 || size > l->f[i].off;
}

/*
 * Prints the fields from index from on. At entry, stops before a F_IDS, F_INFO or X field
 * (what the kernel writes there comes at exit) and returns the index to go on from; -1 when
 * all were printed.
 */
static int print_fields(struct tracee *t, const struct bpf_layout *l, const unsigned char *a,
			unsigned size, int from, int at_exit)
{
	for (int i = from; i < l->nfields; i++) {
		const struct bpf_field *f = &l->f[i];

		if (!group_on(l, i, size) || !field_shown(f, a))
			continue;
		if (!at_exit && (f->kind == F_IDS || f->kind == F_INFO || (f->group & X)))
			return i;
		tprintf("%s%s=", i ? ", " : "", field_name(f, a));
		print_field(t, f, a, size);
	}
	return -1;
}

/* -v: the bytes past the layout, all of them in hex */
static void print_extra_data(struct tracee *t, uint64_t addr, unsigned end, uint64_t size)
{
	unsigned char b[BPF_SIZE_MAX];

	tputs(", extra_data=");
	if (umoven(t, addr + end, size - end, b) < 0) {
		printaddr(addr + end);
		return;
	}
	print_quoted(b, size - end, QUOTE_FORCE_HEX);
	tprintf(" /* bytes %u..%" PRIu64 " */", end, size - 1);
}

static int read_attr(struct tracee *t, uint64_t addr, uint64_t size, unsigned char *a)
{
	size_t n = size < BPF_ATTR_SIZE ? (size_t)size : BPF_ATTR_SIZE;

	memset(a, 0, BPF_ATTR_SIZE);
	return umoven(t, addr, n, a);
}

static void print_close(struct tracee *t, const struct bpf_layout *l, uint64_t addr,
			uint64_t size)
{
	if (l->wrap)
		tputc('}');
	if (size > l->end && tail_nonzero(t, addr, l->end, size)) {
		if (!style_abbrev())
			print_extra_data(t, addr, l->end, size);
		else
			tputs(", ...");
	}
	tputc('}');
}

/* Which union member of BPF_LINK_CREATE the attach type fills. */
static const struct bpf_layout *link_create_layout(uint32_t attach_type, uint32_t flags)
{
	static const unsigned char cgroup_types[] = {
		0, 1, 2, 3, 6, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 29, 30, 31, 32,
		34, 49, 50, 51, 52, 53,
	};

	for (unsigned i = 0; i < sizeof(cgroup_types); i++)
		if (cgroup_types[i] == attach_type)	/* BPF_F_BEFORE, BPF_F_AFTER: placed */
			return &link_create_layouts[flags & 0x18 ? LC_CGROUP : LC_BTF];
	switch (attach_type) {
	case 24: case 25: case 26: case 27:	/* BPF_TRACE_FENTRY ... BPF_LSM_MAC */
		return &link_create_layouts[LC_TRACING];
	case 28:	/* BPF_TRACE_ITER */
		return &link_create_layouts[LC_ITER];
	case 41:	/* BPF_PERF_EVENT */
		return &link_create_layouts[LC_PERF];
	case 42:	/* BPF_TRACE_KPROBE_MULTI */
		return &link_create_layouts[LC_KPROBE];
	case 45:	/* BPF_NETFILTER */
		return &link_create_layouts[LC_NETFILTER];
	case 46: case 47:	/* BPF_TCX_INGRESS, BPF_TCX_EGRESS */
		return &link_create_layouts[LC_TCX];
	case 54: case 55:	/* BPF_NETKIT_PRIMARY, BPF_NETKIT_PEER */
		return &link_create_layouts[LC_NETKIT];
	}
	return NULL;
}

/* BPF_LINK_CREATE's layout depends on the attach type, BPF_PROG_LOAD's on the size passed;
 * the others have one each. */
static const struct bpf_layout *pick_layout(unsigned cmd, const struct bpf_layout *l,
					    const unsigned char *a, uint64_t size)
{
	const struct bpf_layout *lc;

	if (cmd == 5 && size <= 128)	/* BPF_PROG_LOAD without core_relos */
		return &prog_load_fd_array_layout;
	if (cmd != 28)		/* BPF_LINK_CREATE */
		return l;
	lc = link_create_layout(get32(a + 8), get32(a + 12));
	return lc ? lc : l;
}

/* The commands that return a new descriptor, which -y decorates (strace leaves out
 * BPF_RAW_TRACEPOINT_OPEN's link). */
static int returns_fd(unsigned cmd)
{
	static const unsigned char fd_cmds[] = { 0, 5, 7, 13, 14, 18, 19, 28, 30, 32, 33, 35, 36 };

	for (unsigned i = 0; i < sizeof(fd_cmds); i++)
		if (fd_cmds[i] == cmd)
			return 1;
	return 0;
}

/* BPF_OBJ_GET_INFO_BY_FD at entry: the attribute's 16 bytes, then the info, zero-padded. */
static unsigned char *save_info(struct tracee *t, const unsigned char *a, uint64_t size)
{
	unsigned char *copy;
	uint32_t len = get32(a + 4);

	if (size < 16 || !(copy = calloc(1, 16 + BPF_INFO_MAX)))
		return NULL;
	memcpy(copy, a, 16);
	if (len > BPF_INFO_MAX)
		len = BPF_INFO_MAX;
	if (umoven(t, get64(a + 8), len, copy + 16) < 0)
		memset(copy + 16, 0, BPF_INFO_MAX);
	return copy;
}

/* At exit, on success: the info_len the kernel wrote back, when it is not the caller's. */
static void print_info_len_change(struct tracee *t, uint64_t addr, const unsigned char *entry)
{
	uint32_t len;

	if (!t->err && umoven(t, addr + 4, 4, &len) == 0 && len != get32(entry + 4))
		tprintf(" => %u", len);
}

/* What the entry of bpf() leaves for its exit (call_memo). */
struct bpf_memo {
	int next;		/* where the fields go on at exit (+1), 0: entry printed them all */
	uint32_t query_cnt;	/* BPF_PROG_QUERY: the prog_cnt passed */
	/* BPF_OBJ_GET_INFO_BY_FD under -v: a copy of the attribute's first 16 bytes and of
	 * the info as the caller passed them, for what the kernel rewrites; the call owns it */
	unsigned char *info;
};

int dec_bpf(struct tracee *t)
{
	unsigned cmd = (unsigned)arg_ulong(t, 0);
	uint64_t addr = arg_ulong(t, 1), size = (unsigned)arg_ulong(t, 2);
	unsigned char a[BPF_ATTR_SIZE];
	const struct bpf_layout *l = cmd < N(layouts) ? &layouts[cmd] : NULL;
	struct bpf_memo *m = call_memo(t, struct bpf_memo);
	int next;

	if (exiting(t)) {
		if (!m->next)
			return returns_fd(cmd) ? RVAL_FD : 0;
		next = m->next - 1;
		if (cmd == 16)
			query_cnt_at_entry = m->query_cnt;
		if (cmd == 15 && m->info) {
			print_info_len_change(t, addr, m->info);
			info_at_entry = m->info + 16;
		}
		if (read_attr(t, addr, size, a) == 0) {
			l = pick_layout(cmd, l, a, size);
			print_fields(t, l, a, (unsigned)(size < BPF_ATTR_SIZE ? size : BPF_ATTR_SIZE),
				     next, 1);
		}
		print_close(t, l, addr, size);
		tprintf(", %" PRIu64, size);
		info_at_entry = NULL;
		query_cnt_at_entry = -1;
		return returns_fd(cmd) ? RVAL_FD : 0;
	}
	printxval(&xlat_bpf_cmds, cmd, "BPF_???");
	tputs(", ");
	if (!l || !l->nfields || !size || size > BPF_SIZE_MAX || read_attr(t, addr, size, a) < 0) {
		printaddr(addr);
		tprintf(", %" PRIu64, size);
		return 0;
	}
	l = pick_layout(cmd, l, a, size);
	tputc('{');
	if (l->wrap)
		tprintf("%s={", l->wrap);
	next = print_fields(t, l, a, (unsigned)(size < BPF_ATTR_SIZE ? size : BPF_ATTR_SIZE), 0, 0);
	if (next >= 0) {
		m->next = next + 1;
		if (cmd == 15) {
			m->info = save_info(t, a, size);
			call_own(t, m->info, free);
		}
		if (cmd == 16)
			m->query_cnt = get32(a + 24);
		return 0;
	}
	print_close(t, l, addr, size);
	tprintf(", %" PRIu64, size);
	return 0;
}

/*
 * decode.h: what a decoder in src/decode/ works with. A decoder is `int dec_NAME(struct
 * tracee *t)`, named by `@NAME` in syscalltab/syscalls.sig; see sysent.h for what it
 * returns. The shared printers for structs used by several families are declared here.
 * It includes the floors a decoder stands on (ABI, memory, output, value printers, signals)
 * and the generated xlats.h and decoders.h, not the syscall ids: a decoder that tests
 * which call it is includes sysids.h itself.
 */
#ifndef STRC_DECODE_H
#define STRC_DECODE_H

#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>

#include "abi.h"
#include "decoders.h"
#include "mem.h"
#include "print.h"
#include "values.h"
#include "signals.h"
#include "strc.h"
#include "xlats.h"

static inline int entering(const struct tracee *t)
{
	return !t->exiting;
}

static inline int exiting(const struct tracee *t)
{
	return t->exiting;
}

/* src/decode/signal.c */
/* a kernel sigset of size bytes in tracee memory; its address when unreadable or oversized */
void print_sigset(struct tracee *t, uint64_t addr, uint64_t size);

/* src/decode/desc.c */
/* one struct iovec of an array, in the tracee's layout; -1 when unreadable */
int umove_iovec(struct tracee *t, uint64_t addr, uint64_t idx, uint64_t *base, uint64_t *len);
/* [{iov_base="...", iov_len=N}, ...]: the buffers shown up to upto bytes in all (-1: all) */
void print_iov_upto(struct tracee *t, uint64_t addr, uint64_t n, uint64_t upto);
void print_iov_addrs(struct tracee *t, uint64_t addr, uint64_t n);	/* after a failure */
/* NULL, [], [a, b, ...]: n elements of size bytes, each printed by fn, cut after -s */
void print_array(struct tracee *t, uint64_t addr, uint64_t n, size_t size,
		 void (*fn)(struct tracee *t, const void *elem, void *data), void *data);
/* an int descriptor as an element of print_array (pipe's, socketpair's pair) */
void print_fd_elem(struct tracee *t, const void *elem, void *data);
/* {sigmask=[USR1], sigsetsize=8}: a sigset's pointer and size (pselect6, io_pgetevents) */
void print_sigmask_arg(struct tracee *t, uint64_t addr);
/* [USR1 CHLD]: a sigset_t of len bytes, the address when len is not one the kernel takes */
void print_sigset_len(struct tracee *t, uint64_t addr, uint64_t len);

/* src/decode/file.c */
void print_path_or_fd(struct tracee *t, int i);	/* by the signature's kind of arg i */
void print_stat_mode(unsigned mode);	/* S_IFREG|S_ISUID|0755 */
/* field=makedev(0x1, 0x3) (-X raw: the number; verbose: both); a NULL field: makedev() alone */
void print_dev_field(const char *field, uint64_t dev);
/* seconds, then the date in a comment as strace prints it */
void print_time_comment(int64_t sec, uint64_t nsec);

/* src/decode/ioctl_sock.c: 0 not a socket ioctl, 1 printed, 2 more at exit */
/* What ioctl's entry leaves for its exit (call_memo). */
struct ioctl_memo {
	int entry;	/* what the entry decoding answered: 2 (or 3) when the exit prints more */
	int opened;	/* the argument's struct was read, and opened at entry */
	int32_t len;	/* SIOCGIFCONF: the ifc_len passed; FIDEDUPERANGE: dest_count */
	uint64_t saved;	/* PIDFD_GET_INFO: the mask passed */
	int dumped;	/* -v: an undecoded request whose argument is hex-dumped */
};
int ioctl_sock_entry(struct tracee *t, uint32_t req, uint64_t arg);
void ioctl_sock_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_fam.c: pidfd, seccomp notification and file requests, answering alike */
int ioctl_fam_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_fam_exit2(struct tracee *t, uint32_t req, uint64_t arg);	/* after an entry's 2 */
int ioctl_fam_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_input.c: evdev; the request's name, 1 when it is one of its own */
int evdev_request_name(uint32_t req, int in_comment);
int ioctl_evdev_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_evdev_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_gpio.c: the entry answers 1 printed, 2 more at exit, 3 all at exit */
int ioctl_gpio_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_gpio_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_hdio.c: HDIO_*, answering as ioctl_fam.c's */
int ioctl_hdio_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_hdio_exit2(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_hdio_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_kd.c: the console's KD* requests, answering as ioctl_gpio.c's */
int ioctl_kd_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_kd_exit2(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_kd_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_ptp.c: PTP clocks, answering as ioctl_gpio.c's */
int ioctl_ptp_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_ptp_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_btrfs.c: btrfs's requests, answering as ioctl_fam.c's */
int ioctl_btrfs_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_btrfs_exit2(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_btrfs_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/ioctl_v4l2.c: the first VIDIOC_* requests, answering as ioctl_fam.c's */
int ioctl_v4l2_entry(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_v4l2_exit2(struct tracee *t, uint32_t req, uint64_t arg);
int ioctl_v4l2_exit(struct tracee *t, uint32_t req, uint64_t arg);
/* src/decode/process.c: [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
void print_wait_status(int s);

/* src/decode/cbpf.c */
/* {len=N, filter=...}: a classic BPF program; seccomp: its returns are SECCOMP_RET_* */
void print_cbpf_fprog(struct tracee *t, uint64_t addr, int seccomp);
/* n classic BPF instructions at b (read from addr): the list with -v, else addr */
void print_cbpf_insns(const unsigned char *b, size_t n, uint64_t addr);
void print_prctl_seccomp(struct tracee *t);	/* the arguments after PR_SET_SECCOMP */

/* src/decode/process.c */
/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4): an I/O priority (ioprio_set, struct iocb) */
void print_ioprio(uint64_t v);

#endif

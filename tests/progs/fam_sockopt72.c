/*
 * fam_sockopt72.c: socket options as strace 7.2 prints them and 6.1 did not, for
 * tests/expect.py: the option names of levels 6.1 left as numbers (SOL_TIPC, SOL_ALG, ...),
 * netfilter's names that differ between getsockopt and setsockopt (IPT_SO_GET_INFO and
 * IPT_SO_SET_REPLACE are both 64), ICMP_FILTER's bits, IP_LOCAL_PORT_RANGE, SO_TXREHASH,
 * struct packet_mreq and tpacket_req at their exact sizes only, SO_PEERCRED's unset ids
 * as -1, and what getsockopt reads from a raw ICMP socket and a packet socket (those only
 * as root). Each call is made on sockets where the kernel refuses or answers the same way
 * everywhere; the program prints the line it expects for each.
 */
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "expect.h"

#ifndef SOL_TIPC
#define SOL_TIPC 271
#endif
#ifndef SOL_ALG
#define SOL_ALG 279
#endif
#define TIPC_IMPORTANCE 127
#define ALG_SET_KEY 1
#define SO_TXREHASH_OPT 74
#define IP_LOCAL_PORT_RANGE_OPT 51
#define ICMP_FILTER_OPT 1

static int udp;

/* setsockopt(udp, ...) with the text of its level, name and value */
static void set(int level, const char *ltext, int name, const char *ntext, const void *v,
		int len, const char *vtext)
{
	long rc = setsockopt(udp, level, name, v, len);

	expect(rc, "setsockopt(%d, %s, %s, %s, %d)", udp, ltext, ntext, vtext, len);
}

static void names(void)
{
	int v = 3;

	set(SOL_TIPC, "SOL_TIPC", TIPC_IMPORTANCE, "TIPC_IMPORTANCE", &v, 4,
	    "[TIPC_CRITICAL_IMPORTANCE]");
	set(SOL_TIPC, "SOL_TIPC", TIPC_IMPORTANCE, "TIPC_IMPORTANCE", &v, 2, expect_ptr(&v));
	v = 9;
	set(SOL_TIPC, "SOL_TIPC", TIPC_IMPORTANCE, "TIPC_IMPORTANCE", &v, 4,
	    "[0x9 /* TIPC_???_IMPORTANCE */]");
	/* the others read an int whatever the length */
	set(SOL_TIPC, "SOL_TIPC", 128, "TIPC_SRC_DROPPABLE", &v, 0, "[9]");
	set(SOL_TIPC, "SOL_TIPC", 5, "0x5 /* TIPC_??? */", NULL, 0, "NULL");
	set(SOL_ALG, "SOL_ALG", ALG_SET_KEY, "ALG_SET_KEY", NULL, 0, "NULL");
	set(SOL_IP, "SOL_IP", 64, "IPT_SO_SET_REPLACE", NULL, 0, "NULL");
	set(SOL_IP, "SOL_IP", 128, "EBT_SO_SET_ENTRIES", NULL, 0, "NULL");
	set(SOL_IPV6, "SOL_IPV6", 64, "IP6T_SO_SET_REPLACE", NULL, 0, "NULL");
}

/* getsockopt(udp, ...) that fails before writing: the value prints as its address */
static void get_name(int level, const char *ltext, int name, const char *ntext)
{
	socklen_t len = 84;
	long rc = getsockopt(udp, level, name, NULL, &len);

	expect(rc, "getsockopt(%d, %s, %s, NULL, [84])", udp, ltext, ntext);
}

static void get_names(void)
{
	get_name(SOL_IP, "SOL_IP", 64, "IPT_SO_GET_INFO");
	get_name(SOL_IP, "SOL_IP", 66, "IPT_SO_GET_REVISION_MATCH");
	get_name(SOL_IP, "SOL_IP", 131, "EBT_SO_GET_INIT_ENTRIES");
	get_name(SOL_IPV6, "SOL_IPV6", 69, "IP6T_SO_GET_REVISION_TARGET");
}

static void values(void)
{
	uint32_t icmp = 1u << 0 | 1u << 8 | 1u << 9, many = ~(1u << 3 | 1u << 17);
	unsigned char one = 0x11, five[5] = { 1, 2, 3, 4, 5 };
	uint32_t range = 40000 | 50000u << 16;
	int rehash = 255, odd = 7;
	struct packet_mreq mr = { .mr_ifindex = 0, .mr_type = PACKET_MR_MULTICAST, .mr_alen = 6,
				  .mr_address = { 0x01, 0x00, 0x5e, 0x00, 0x00, 0x01 } };
	struct tpacket_req ring = { 4096, 2, 2048, 4 };
	struct sock_fprog prog = { 0, NULL };
	char text[256];

	set(SOL_RAW, "SOL_RAW", ICMP_FILTER_OPT, "ICMP_FILTER", &icmp, 4,
	    "[ICMP_ECHOREPLY ICMP_ECHO 0x9 /* ICMP_??? */]");
	set(SOL_RAW, "SOL_RAW", ICMP_FILTER_OPT, "ICMP_FILTER", &many, 4,
	    "~[ICMP_DEST_UNREACH ICMP_ADDRESS]");
	/* one byte read over a word of set bits */
	set(SOL_RAW, "SOL_RAW", ICMP_FILTER_OPT, "ICMP_FILTER", &one, 1,
	    "~[0x1 /* ICMP_??? */ 0x2 /* ICMP_??? */ ICMP_DEST_UNREACH ICMP_REDIRECT "
	    "0x6 /* ICMP_??? */ 0x7 /* ICMP_??? */]");
	snprintf(text, sizeof(text), "[%#x /* 40000..50000 */]", range);
	set(SOL_IP, "SOL_IP", IP_LOCAL_PORT_RANGE_OPT, "IP_LOCAL_PORT_RANGE", &range, 4, text);
	set(SOL_IP, "SOL_IP", IP_LOCAL_PORT_RANGE_OPT, "IP_LOCAL_PORT_RANGE", five, 5,
	    "\"\\x01\\x02\\x03\\x04\\x05\"");
	set(SOL_SOCKET, "SOL_SOCKET", SO_TXREHASH_OPT, "SO_TXREHASH", &rehash, 4,
	    "[SOCK_TXREHASH_DEFAULT]");
	set(SOL_SOCKET, "SOL_SOCKET", SO_TXREHASH_OPT, "SO_TXREHASH", &odd, 4,
	    "[7 /* SOCK_TXREHASH_??? */]");
	set(SOL_PACKET, "SOL_PACKET", PACKET_ADD_MEMBERSHIP, "PACKET_ADD_MEMBERSHIP", &mr, 16,
	    "{mr_ifindex=0, mr_type=PACKET_MR_MULTICAST, mr_alen=6, "
	    "mr_address=01:00:5e:00:00:01}");
	set(SOL_PACKET, "SOL_PACKET", PACKET_DROP_MEMBERSHIP, "PACKET_DROP_MEMBERSHIP", &mr, 12,
	    expect_ptr(&mr));
	set(SOL_PACKET, "SOL_PACKET", PACKET_RX_RING, "PACKET_RX_RING", &ring, 16,
	    "{tp_block_size=4096, tp_block_nr=2, tp_frame_size=2048, tp_frame_nr=4}");
	set(SOL_PACKET, "SOL_PACKET", PACKET_TX_RING, "PACKET_TX_RING", &ring, 20,
	    expect_ptr(&ring));
	/* a sock_fprog is read only at its exact size */
	set(SOL_SOCKET, "SOL_SOCKET", SO_ATTACH_FILTER, "SO_ATTACH_FILTER", &prog,
	    (int)sizeof(prog) + 8, expect_ptr(&prog));
}

/* A TCP socket has no peer credentials: the ids are -1. */
static void peercred(void)
{
	int tcp = socket(AF_INET, SOCK_STREAM, 0);
	struct ucred cred;
	socklen_t len = sizeof(cred);
	long rc = getsockopt(tcp, SOL_SOCKET, SO_PEERCRED, &cred, &len);

	if (rc == 0 && cred.uid == (uid_t)-1 && cred.gid == (gid_t)-1)
		expect(rc, "getsockopt(%d, SOL_SOCKET, SO_PEERCRED, {pid=%d, uid=-1, gid=-1}, "
		       "[12])", tcp, cred.pid);
	else
		expect(rc, "getsockopt(%d, SOL_SOCKET, SO_PEERCRED, @ADDR@, [12])", tcp);
	close(tcp);
}

/* As root: a raw ICMP socket's filter (none set: no bits) and a packet socket's counters. */
static void privileged(void)
{
	int raw = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	int pkt = socket(AF_PACKET, SOCK_RAW, 0);
	struct tpacket_stats st;
	uint32_t filter;
	socklen_t len;
	long rc;

	if (raw >= 0) {
		len = sizeof(filter);
		rc = getsockopt(raw, SOL_RAW, ICMP_FILTER_OPT, &filter, &len);
		expect(rc, "getsockopt(%d, SOL_RAW, ICMP_FILTER, [], [4])", raw);
		close(raw);
	}
	if (pkt >= 0) {
		len = sizeof(st);
		rc = getsockopt(pkt, SOL_PACKET, PACKET_STATISTICS, &st, &len);
		expect(rc, "getsockopt(%d, SOL_PACKET, PACKET_STATISTICS, "
		       "{tp_packets=%u, tp_drops=%u}, [8])", pkt, st.tp_packets, st.tp_drops);
		close(pkt);
	}
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	udp = socket(AF_INET, SOCK_DGRAM, 0);
	if (udp < 0) {
		perror("socket");
		return 77;
	}
	names();
	get_names();
	values();
	peercred();
	privileged();
	close(udp);
	expect_done();
	return 0;
}

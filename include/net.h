/*
 * net.h: printers of the network family (src/decode/net.c, netlink.c) that other
 * families use: socket addresses, classic BPF programs, what goes through a socket.
 */
#ifndef STRC_NET_H
#define STRC_NET_H

#include <stdint.h>

#include "strc.h"

/* {sa_family=AF_INET, sin_port=htons(80), ...} from len bytes, or the address */
void print_sockaddr(struct tracee *t, uint64_t addr, int len);
/* {len=N, filter=0x...} */
void print_sock_fprog(struct tracee *t, uint64_t addr);
/* len bytes sent to or received from socket fd: netlink messages on netlink sockets,
 * else a string */
void print_sock_payload(struct tracee *t, int fd, uint64_t addr, uint64_t len);
/* inet_addr("1.2.3.4"), or inet_pton(AF_INET6, "::1") with ", &FIELD)" when field is
 * given; the text is quoted as any string, so -xx shows it in hex */
void print_ip_text(int family, const void *addr, const char *field);
/* if_nametoindex("lo") for an interface index that has a name; -X raw/verbose as usual */
void print_ifindex(unsigned idx);

#endif

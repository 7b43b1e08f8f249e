/*
 * numset.h: sets of small numbers (descriptors, signals) and the one parser of strace's
 * set syntax, "[!]WORD,WORD,..." with "all" and "none" (src/numset.c). Ground floor: the
 * options' parsers of every floor above use it.
 */
#ifndef STRC_NUMSET_H
#define STRC_NUMSET_H

#include <stddef.h>
#include <stdint.h>

/* A set of non-negative numbers: a bitmap of the small ones, `rest` for all the others. */
struct numset {
	unsigned char *bits;
	size_t nbits;		/* the numbers below nbits are in bits */
	int rest;		/* whether the numbers from nbits up are in */
};

int numset_has(const struct numset *s, int64_t n);
void numset_add(struct numset *s, uint64_t n);
void numset_fill(struct numset *s, int on);	/* every number, or none */
void numset_invert(struct numset *s);
void numset_free(struct numset *s);		/* back to the empty set */

/* How one option spells its set; the parts that differ from option to option. */
enum {
	LIST_ONE_BANG = 1 << 0,		/* at most one leading '!' (read=, write=) */
	LIST_NO_BANG = 1 << 1,		/* '!' is part of the first word (decode-fds=) */
	LIST_EXACT_CASE = 1 << 2,	/* "all" and "none" in lower case only */
	LIST_EMPTY_OK = 1 << 3,		/* no word at all is the empty set, not an error */
	LIST_OWN_WORDS = 1 << 4,	/* the word function takes "all" and "none" itself */
};

struct list_syntax {
	const char *what;	/* the error is "invalid WHAT 'WORD'" */
	unsigned flags;
	/* One word into set: 0, -1 for "invalid WHAT 'WORD'", -2 when it said why itself. */
	int (*word)(void *set, char *w);
	void (*all)(void *set);		/* "all" */
	void (*invert)(void *set);	/* after the words, for an odd number of '!' */
};

/* Parses spec into set (which the caller has emptied). 0, or -1 after the message. */
int list_parse(const char *spec, const struct list_syntax *syn, void *set);

/* Words from a fixed vocabulary into bits: the set a list_syntax over struct word_set fills. */
struct word_bits {
	const char *word;
	unsigned bits;
};
struct word_set {
	const struct word_bits *vocab;	/* ends with a NULL word */
	unsigned all;			/* the bits of "all" and of an inversion */
	int exact_case;			/* vocabulary words in their case only */
	unsigned bits;			/* the result */
};
int word_set_word(void *set, char *w);
void word_set_all(void *set);
void word_set_invert(void *set);

/* A number set whose words are decimal numbers up to max (descriptors, signals by number). */
struct number_set {
	struct numset *s;
	int (*number)(const char *w, uint64_t *n);	/* 0, or -1 when w is not one */
};
int number_set_word(void *set, char *w);
void number_set_all(void *set);
void number_set_invert(void *set);

#endif

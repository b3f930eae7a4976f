/*
 * Athenaeum's native shim around liblua5.1: everything that must happen in C because a Lua error
 * is a longjmp and must never cross a managed (.NET) frame. See docs/scribunto.md, "Safety".
 *
 * Written for Athenaeum; calls only the public Lua 5.1 C API.
 */
#ifndef ATHENAEUM_LUA_H
#define ATHENAEUM_LUA_H

#include <stddef.h>
#include <stdint.h>
#include <lua.h>
#include <lauxlib.h>

#define ATHEN_EXPORT __attribute__((visibility("default")))

/* Why a Lua run ended for good: such errors cannot be caught by pcall/xpcall in the sandbox. */
enum athen_fatal {
    ATHEN_FATAL_NONE = 0,
    ATHEN_FATAL_TIMEOUT = 1,
    ATHEN_FATAL_MEMORY = 2,
    /* the host abandons the render (cancellation): unwinds like a timeout */
    ATHEN_FATAL_ABORT = 3
};

/* The managed dispatcher: runs host callback `id`; returns the number of results it pushed, or
 * ATHEN_CALLBACK_ERROR with an error value on top of the stack, or ATHEN_CALLBACK_FATAL_TIMEOUT. */
typedef int (*athen_dispatch_fn)(lua_State *L, int id);
#define ATHEN_CALLBACK_ERROR (-1)
#define ATHEN_CALLBACK_FATAL_TIMEOUT (-2)
#define ATHEN_CALLBACK_FATAL_ABORT (-3)

typedef struct athen_state {
    /* memory accounting (bytes) */
    size_t used;
    size_t peak;
    size_t limit;
    /* 1 while Lua code runs: allocations beyond the limit fail; 0 while the host runs */
    int strict;
    /* set once a timeout or memory error happened in the current top-level call */
    int fatal;
    /* CPU time: accumulated seconds, limit, and the running segment */
    double cpu_used;
    double cpu_limit;
    double cpu_mark;
    int timer_nest;
    /* monotonic wall time before which the CPU budget cannot be spent (see athen_time_over) */
    double wall_deadline;
    /* how many host-to-Lua calls are active (nesting through callbacks) */
    int call_depth;
    /* lowest usable stack address of the thread running the current top-level call */
    uintptr_t stack_floor;
    /* counts pattern-matching steps between clock checks */
    unsigned long match_steps;
    /* the render's clock for os.time() and os.date(), seconds since 1970; 0 = the system clock */
    double now;
    /* math.random's seed: per state, so renders on other threads cannot disturb it (rand_r, as LuaSandbox) */
    unsigned int rand_seed;
    athen_dispatch_fn dispatch;
    intptr_t host;
} athen_state;

/* shim internals shared between the C files */
athen_state *athen_get(lua_State *L);
int athen_check_time(lua_State *L, athen_state *s);
int athen_stack_low(athen_state *s, size_t need);
void athen_open_pattern(lua_State *L);

#define ATHEN_TIMEOUT_MESSAGE "The time allocated for running scripts has expired."
#define ATHEN_MEMORY_MESSAGE "not enough memory"

#endif

export function drop(ctx, i, rule, reason, role = 'boilerplate') {
    if (ctx.decisions[i] === undefined)
        ctx.decisions[i] = { keep: false, role, rule, reason };
}
export function undecided(ctx, i) {
    return ctx.decisions[i] === undefined;
}

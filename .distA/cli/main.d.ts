/** Runs the command line; resolves to the exit code. */
export declare function main(argv: string[]): Promise<number>;

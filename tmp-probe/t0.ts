performance.mark('g:evalstart');
export {};

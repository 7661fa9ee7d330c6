/** Exact money: amounts in öre, percent ratios, display scaling, rounding and formatting. */
export * from './money';
export * from './scale';
export * from './percent';
export * from './format';
export * from './parse';
export * from './apportion';
export * from './measure';

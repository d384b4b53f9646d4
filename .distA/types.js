// Every type that crosses a stage boundary lives here, so the pipeline reads top to bottom:
// bytes → DecodedDocument → Block[] → ClassifiedBlock[] → Article → rendered string.
export {};

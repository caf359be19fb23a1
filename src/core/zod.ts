// The full zod API, configured for extension contexts (./zod-config.ts).
import './zod-config.ts';

export { z } from 'zod';

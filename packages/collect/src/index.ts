export { hashImageFiles, type ImageHashOutcome, perceptualHash } from './images/image-hash.ts';
export { phashFromPixels } from './images/phash.ts';

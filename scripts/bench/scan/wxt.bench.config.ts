/**
 * The e2e build of Vigie, written to a private folder (VIGIE_BENCH_OUT_DIR) so that the scan
 * benchmark measures the code as it is now without touching .output/, which other work rebuilds.
 * VIGIE_BENCH_NO_MINIFY=1 keeps names readable in CPU profiles (for finding where time goes; the
 * benchmark's figures come from the minified build, as shipped).
 */
import type { UserConfig } from 'wxt';
import config from '../../../wxt.config';

const outDir = process.env.VIGIE_BENCH_OUT_DIR;
if (!outDir) throw new Error('VIGIE_BENCH_OUT_DIR must name the folder to build into');
const keepNames = process.env.VIGIE_BENCH_NO_MINIFY === '1';

const benchConfig: UserConfig = {
  ...config,
  outDir,
  vite: async (env) => {
    const base = typeof config.vite === 'function' ? await config.vite(env) : {};
    return keepNames ? { ...base, build: { ...base.build, minify: false } } : base;
  },
};
export default benchConfig;

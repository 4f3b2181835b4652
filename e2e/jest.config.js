import { jestConfigWithInfra } from '../jest.config.base.js';

export default jestConfigWithInfra;

/**
 * The documents the national base preset cites (全国层出处), each as read: the address and the words
 * quoted. Presets cite national documents through these constants so a title or URL is written once.
 */

/** 《企业信息公示暂行条例》（国务院令第654号，2024年3月10日修改）, read on the 鄂州市市场监督管理局 site. */
export const REGULATION_654 = {
  document: '《企业信息公示暂行条例》（国务院令第654号，根据2024年3月10日《国务院关于修改和废止部分行政法规的决定》修改）',
  url: 'https://scjg.ezhou.gov.cn/ztzl/yhyshj/sczr/yyzzbl/202410/t20241029_659705.html',
} as const;

/** 《中华人民共和国行政处罚法》（2021年修订）第四十二条, read on a 普法 page that reprints it. */
export const ADMINISTRATIVE_PENALTY_LAW = {
  document: '《中华人民共和国行政处罚法》（2021年修订）',
  url: 'http://mmkq.com.cn/index.php/2024/08/27/xingzheng20',
} as const;

/** 国办发〔2015〕58号 《国务院办公厅关于推广随机抽查规范事中事后监管的通知》. */
export const GUOBANFA_2015_58 = {
  document: '《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）',
  url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2015-08/05/content_10051.htm',
  /** A summary of its measures, where the words on ratios and frequency were read. */
  summaryUrl: 'http://chongqing.baogaosu.com/xinwen/%E6%8E%A8%E5%B9%BF%E9%9A%8F%E6%9C%BA%E6%8A%BD%E6%9F%A5%E8%A7%84%E8%8C%83%E4%BA%8B%E4%B8%AD%E4%BA%8B%E5%90%8E%E7%9B%91%E7%AE%A1/44065242/',
} as const;

/** 《企业公示信息抽查办法》（2014年国家工商总局令第67号公布，2025年市场监管总局令第101号修订）. */
export const CHOUCHA_BANFA = {
  document: '《企业公示信息抽查办法》（国家工商行政管理总局令第67号，2025年国家市场监督管理总局令第101号修订）',
  url: 'https://m.66laws.com/fagui/21704.html',
} as const;

/**
 * The Zhejiang 工商 random-check system (GitHub repository GuanzhouSong/ZhejiangMicroEnt, ~2017),
 * whose code lists the result categories with their codes.
 */
export const ZHEJIANG_MICROENT = {
  document: '浙江省工商局抽查检查系统源码（GitHub 仓库 GuanzhouSong/ZhejiangMicroEnt）scresultinsert_list.js 与 PubSccheckWeChatServiceImpl.java',
  url: 'https://github.com/GuanzhouSong/ZhejiangMicroEnt/blob/b2e194a95dfbf68806367fdb19ffc8f8a2cc6f10/src/main/webapp/WEB-INF/views/js/syn/system/sccheck/scresult/scresultinsert_list.js',
  javaUrl:
    'https://github.com/GuanzhouSong/ZhejiangMicroEnt/blob/b2e194a95dfbf68806367fdb19ffc8f8a2cc6f10/src/main/java/com/icinfo/cs/sccheck/service/impl/PubSccheckWeChatServiceImpl.java',
} as const;

/** 常州市天宁区市场监管局郑陆分局 2017 年抽查通报, which counts results by category. */
export const TIANNING_2017 = {
  document: '常州市天宁区人民政府网站《天宁区市场监管局郑陆分局……已全部完成企业随机抽查行动》（2017年）',
  url: 'https://www.cztn.gov.cn/html/cztn/2017/MNCEPBOL_1030/111241.html',
} as const;
